export { TopicsTable } from './TopicsTable';
