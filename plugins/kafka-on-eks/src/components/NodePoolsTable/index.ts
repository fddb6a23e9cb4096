export { NodePoolsTable } from './NodePoolsTable';
