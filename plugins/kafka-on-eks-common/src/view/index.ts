export * from './types';
export * from './quantity';
export * from './ebs';
