export { GitOpsSyncCard } from './GitOpsSyncCard';
