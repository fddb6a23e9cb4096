export { ViewErrorsPanel } from './ViewErrorsPanel';
