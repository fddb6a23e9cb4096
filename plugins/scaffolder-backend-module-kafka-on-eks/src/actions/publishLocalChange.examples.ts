import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/**
 * Documented uses of `kafka-on-eks:publish-local-change`; a test runs each
 * one against a repository that `kafka-on-eks:publish-local` made.
 */
export const examples: TemplateExample[] = [
  {
    description:
      'Commit the changed workspace onto the branch kafka-on-eks/add-topic-payments, with the summary of kafka-on-eks:update',
    example: stringify({
      steps: [
        {
          id: 'publish-local-change',
          action: 'kafka-on-eks:publish-local-change',
          name: 'Commit the change onto a branch',
          input: {
            repository: 'orders',
            branch: 'add-topic-payments',
            title: 'Add topic payments',
            description: '${{ steps.update.output.summary }}',
            filesToDelete: '${{ steps.update.output.deletedFiles }}',
          },
        },
      ],
    }),
  },
];
