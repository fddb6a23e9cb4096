export { VolumesTable } from './VolumesTable';
