/**
 * One file of the generated repository.
 *
 * @public
 */
export interface RenderedFile {
  /** Relative POSIX path inside the repository. */
  path: string;
  /** The file's text, UTF-8. */
  content: string;
}
