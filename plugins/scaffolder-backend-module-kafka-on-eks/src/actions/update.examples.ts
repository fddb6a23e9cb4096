import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

// The request a repository of the examples was generated from.
const current = {
  name: 'orders',
  owner: 'group:default/team-a',
  region: 'eu-west-1',
  topics: [{ name: 'orders.created', partitions: 12 }],
};

/**
 * Documented uses of `kafka-on-eks:update`; a test runs each one against a
 * repository generated from `current`.
 */
export const examples: TemplateExample[] = [
  {
    description: 'Add a topic, in the repository checked out at ./repo',
    example: stringify({
      steps: [
        {
          id: 'update',
          action: 'kafka-on-eks:update',
          name: 'Change the Kafka on EKS repository',
          input: {
            path: 'repo',
            request: {
              ...current,
              topics: [
                ...current.topics,
                { name: 'payments.settled', partitions: 6 },
              ],
            },
          },
        },
      ],
    }),
  },
  {
    description: 'Grow every broker volume to 800 GiB',
    example: stringify({
      steps: [
        {
          id: 'update',
          action: 'kafka-on-eks:update',
          name: 'Grow the broker volumes',
          input: {
            path: 'repo',
            entityRef: 'resource:default/orders',
            request: { ...current, brokers: { volumeSizeGi: 800 } },
          },
        },
      ],
    }),
  },
  {
    description:
      "Regenerate the files with this module's renderer, changing nothing else",
    example: stringify({
      steps: [
        {
          id: 'regenerate',
          action: 'kafka-on-eks:update',
          name: 'Regenerate the repository',
          input: { path: 'repo', regenerate: true },
        },
      ],
    }),
  },
];

/** For the examples' test: the request of the repository they change. */
export const EXAMPLES_CURRENT_REQUEST = current;
