export type { RenderedFile } from './types';
export { renderRepository } from './renderRepository';
export {
  readRequestFile,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
  type RequestFileResult,
} from './requestFile';
