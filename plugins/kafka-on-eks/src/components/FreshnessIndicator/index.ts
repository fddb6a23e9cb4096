export {
  FreshnessIndicator,
  dataAgeMs,
  describeFreshness,
} from './FreshnessIndicator';
