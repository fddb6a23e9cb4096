import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder that holds the upstream reference data: `../shared/reference`
 * beside the repository, or `KAFKA_ON_EKS_REFERENCE_DIR`.
 */
export function referenceRoot(): string {
  return (
    process.env.KAFKA_ON_EKS_REFERENCE_DIR ??
    // A test helper that only ever runs from source, so __dirname is this folder.
    // eslint-disable-next-line no-restricted-syntax
    path.resolve(__dirname, '../../../../shared/reference')
  );
}

/**
 * The absolute path of one reference file; throws a message that says what
 * is missing and where it was looked for.
 */
export function referencePath(relativePath: string): string {
  const root = referenceRoot();
  const file = path.join(root, relativePath);
  if (!fs.existsSync(file)) {
    throw new Error(
      `Reference data missing: ${file} does not exist. The tests read the upstream Strimzi CRDs and Terraform module variables from ../shared/reference beside the repository (or KAFKA_ON_EKS_REFERENCE_DIR); put it there and run again.`,
    );
  }
  return file;
}

/** The text of one reference file. */
export function readReference(relativePath: string): string {
  return fs.readFileSync(referencePath(relativePath), 'utf8');
}
