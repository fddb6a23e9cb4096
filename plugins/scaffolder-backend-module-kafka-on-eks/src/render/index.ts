export type { RenderedFile } from './types';
export { renderRepository } from './renderRepository';
export {
  readRequestFile,
  RENDERER_VERSION,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
  type RequestFileResult,
} from './requestFile';
export {
  planRepositoryUpdate,
  type RepositoryUpdate,
} from './repositoryUpdate';
