export * from './healthWarnings';
