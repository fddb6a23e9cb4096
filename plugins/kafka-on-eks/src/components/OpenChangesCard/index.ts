export { OpenChangesCard } from './OpenChangesCard';
