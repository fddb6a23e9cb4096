export * from './types';
export * from './schema';
export * from './validate';
export * from './warnings';
export * from './eksVersions';
export * from './kafkaVersions';
export * from './ebsLimits';
export * from './replication';
