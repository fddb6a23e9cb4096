export { BrokerThroughputTable, formatByteRate } from './BrokerThroughputTable';
