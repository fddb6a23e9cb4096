export type { RenderedFile } from './types';
export { renderRepository } from './renderRepository';
