/**
 * Types, annotation names and permissions shared by the Kafka on EKS plugins.
 *
 * Pure: no Node or browser APIs, so both the frontend and the backend can
 * depend on it.
 *
 * @packageDocumentation
 */

export * from './annotations';
export * from './permissions';
export * from './request';
export * from './view';
export * from './health';
export * from './sizing';
