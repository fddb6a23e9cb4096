export { ChangeClusterMenu, useChangeTemplatePage } from './ChangeClusterMenu';
export { clusterChangeLink } from './clusterChangeLink';
