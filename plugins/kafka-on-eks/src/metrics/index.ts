export {
  growStorageSizeGi,
  GROW_STORAGE_HORIZON_DAYS,
} from './growStorageSize';
export {
  metricsHealthWarnings,
  mergeHealthWarnings,
  type HealthWarningWithAction,
} from './metricsWarnings';
