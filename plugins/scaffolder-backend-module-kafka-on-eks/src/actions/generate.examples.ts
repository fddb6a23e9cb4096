import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/**
 * Documented uses of `kafka-on-eks:generate`; a test runs each one.
 */
export const examples: TemplateExample[] = [
  {
    description: 'Generate the repository of a Kafka cluster owned by a team',
    example: stringify({
      steps: [
        {
          id: 'generate',
          action: 'kafka-on-eks:generate',
          name: 'Generate the Kafka on EKS repository',
          input: {
            name: 'orders',
            owner: 'group:default/team-a',
            system: 'system:default/payments',
            description: 'Order events for the payments system',
          },
        },
      ],
    }),
  },
];
