export * from './clusterRequest';
