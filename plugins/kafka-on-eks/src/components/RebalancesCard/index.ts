export { RebalancesCard } from './RebalancesCard';
