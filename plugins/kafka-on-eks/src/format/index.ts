export { formatBytes } from './formatBytes';
export { formatAge, formatDuration, formatRetention } from './formatDuration';
