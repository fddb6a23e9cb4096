export { HealthWarningsPanel } from './HealthWarningsPanel';
