import fs from 'node:fs';
import path from 'node:path';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createFetchLocalAction } from './fetchLocal';
import { createGenerateAction } from './generate';
import { createMergeLocalAction } from './mergeLocal';
import { createPublishLocalAction } from './publishLocal';
import { createPublishLocalChangeAction } from './publishLocalChange';
import { createUpdateAction } from './update';

// The README is where a template author learns an action's inputs and
// outputs: each one the action declares must be named in its section.
const README = fs.readFileSync(
  path.resolve(__dirname, '../../README.md'),
  'utf8',
);

/** The section headed by the action's id (## or ###), to the next heading. */
function sectionOf(actionId: string): string {
  const heading = new RegExp(`^#{2,3} \`${actionId}\`$`, 'm');
  const start = README.search(heading);
  if (start < 0) throw new Error(`README.md has no "${actionId}" section`);
  const section = README.slice(start);
  const body = section.indexOf('\n');
  const next = section.slice(body).search(/^#{2,3} /m);
  return next < 0 ? section : section.slice(0, body + next);
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
    createFetchLocalAction({ repositoriesDirectory: '/nowhere' }),
    createPublishLocalChangeAction({ repositoriesDirectory: '/nowhere' }),
    createMergeLocalAction({ repositoriesDirectory: '/nowhere' }),
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
