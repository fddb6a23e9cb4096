import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/**
 * Documented uses of `kafka-on-eks:fetch-local`; a test runs each one
 * against a repository that `kafka-on-eks:publish-local` made.
 */
export const examples: TemplateExample[] = [
  {
    description:
      "Copy the main branch of a cluster's local repository, named by its entity's location, into the workspace",
    example: stringify({
      steps: [
        {
          id: 'fetch-local',
          action: 'kafka-on-eks:fetch-local',
          name: 'Fetch the local repository',
          input: {
            repository:
              "${{ steps['fetch-cluster'].output.entity.metadata.annotations['backstage.io/managed-by-location'] }}",
          },
        },
      ],
    }),
  },
  {
    description: 'Copy the repository folder orders into ./repo',
    example: stringify({
      steps: [
        {
          id: 'fetch-local',
          action: 'kafka-on-eks:fetch-local',
          name: 'Fetch the local repository',
          input: { repository: 'orders', targetPath: 'repo' },
        },
      ],
    }),
  },
];
