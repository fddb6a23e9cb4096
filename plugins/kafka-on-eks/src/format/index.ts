export { formatBytes } from './formatBytes';
export {
  formatAge,
  formatDuration,
  formatRetention,
  formatTimeLag,
} from './formatDuration';
