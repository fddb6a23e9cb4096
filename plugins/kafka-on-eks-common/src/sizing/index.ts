export * from './inputs';
export * from './prices';
export {
  BYTES_PER_GIB,
  BYTES_PER_MB,
  BYTES_PER_MIB,
  BYTES_PER_TB,
  gibToTB,
  gibWrittenIn,
  mbToMiB,
  mibToMB,
} from './units';
export * from './monthlyCost';
export * from './kinesisComparison';
export * from './sizeKafkaCluster';
export * from './brokerChoiceWarnings';
export {
  SIZING_RULES,
  st1BaselineMBps,
  type Gp3Performance,
} from './volumeRules';
export * from './sizingReport';
