export { ConsumerGroupsTable } from './ConsumerGroupsTable';
export { LagSparkline, sparklinePoints } from './LagSparkline';
