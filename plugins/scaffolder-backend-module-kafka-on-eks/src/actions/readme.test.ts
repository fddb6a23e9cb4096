import fs from 'node:fs';
import path from 'node:path';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createGenerateAction } from './generate';
import { createPublishLocalAction } from './publishLocal';
import { createUpdateAction } from './update';

// The README is where a template author learns an action's inputs and
// outputs: each one the action declares must be named in its section.
const README = fs.readFileSync(
  path.resolve(__dirname, '../../README.md'),
  'utf8',
);

function sectionOf(actionId: string): string {
  const heading = `## \`${actionId}\``;
  const start = README.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no "${heading}" section`);
  const next = README.indexOf('\n## ', start + heading.length);
  return README.slice(start, next < 0 ? undefined : next);
}

function declared(schema: unknown): string[] {
  return Object.keys((schema as { properties?: object })?.properties ?? {});
}

describe('README.md', () => {
  const actions = [
    createGenerateAction(),
    createUpdateAction(),
    createPublishLocalAction({
      repositoriesDirectory: '/nowhere',
      catalog: catalogServiceMock(),
    }),
  ];

  it.each(actions.map(action => [action.id, action] as const))(
    'names every input and output of %s in its section',
    (id, action) => {
      const section = sectionOf(id);
      const names = [
        ...declared(action.schema?.input),
        ...declared(action.schema?.output),
      ];
      expect(names.length).toBeGreaterThan(0);
      const missing = names.filter(name => !section.includes(`\`${name}\``));
      expect(missing).toEqual([]);
    },
  );
});
