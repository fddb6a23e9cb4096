import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/**
 * Documented uses of `kafka-on-eks:merge-local`; a test runs each one
 * against a repository that `kafka-on-eks:publish-local` made.
 */
export const examples: TemplateExample[] = [
  {
    description:
      'Merge the branch kafka-on-eks/add-topic-payments into main, as merging its pull request would',
    example: stringify({
      steps: [
        {
          id: 'merge-local',
          action: 'kafka-on-eks:merge-local',
          name: 'Merge the change into main',
          input: { repository: 'orders', branch: 'add-topic-payments' },
        },
      ],
    }),
  },
];
