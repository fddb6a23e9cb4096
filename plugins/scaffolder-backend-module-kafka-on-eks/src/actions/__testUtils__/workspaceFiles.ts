import type { createMockDirectory } from '@backstage/backend-test-utils';

/** The files of a mock workspace (or of one folder in it) as path → text. */
export function workspaceFiles(
  workspace: ReturnType<typeof createMockDirectory>,
  folder?: string,
): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (tree: Record<string, unknown>, prefix: string) => {
    for (const [name, value] of Object.entries(tree)) {
      if (typeof value === 'string') files[`${prefix}${name}`] = value;
      else walk(value as Record<string, unknown>, `${prefix}${name}/`);
    }
  };
  const content = (workspace.content({ shouldReadAsText: true }) ??
    {}) as Record<string, unknown>;
  walk(
    ((folder ? content[folder] : content) ?? {}) as Record<string, unknown>,
    '',
  );
  return files;
}
