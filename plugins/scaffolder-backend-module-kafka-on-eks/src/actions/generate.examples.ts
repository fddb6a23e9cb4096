import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/**
 * Documented uses of `kafka-on-eks:generate`; a test runs each one.
 */
export const examples: TemplateExample[] = [
  {
    description:
      'A three-broker cluster with the defaults (gp3, 3 zones, Kafka 4.3.1)',
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
            region: 'eu-west-1',
            repoUrl: 'github.com?owner=acme&repo=orders-kafka',
            topics: [
              { name: 'orders.created', partitions: 12, retentionHours: 168 },
            ],
          },
        },
      ],
    }),
  },
  {
    description:
      'A large, throughput-bound cluster on st1 over two zones, into a subfolder',
    example: stringify({
      steps: [
        {
          id: 'generate',
          action: 'kafka-on-eks:generate',
          name: 'Generate the Kafka on EKS repository',
          input: {
            name: 'clickstream',
            owner: 'group:default/analytics',
            region: 'us-west-2',
            zones: 2,
            controllers: {
              replicas: 5,
              instanceType: 'm7i.large',
              volumeSizeGi: 50,
            },
            brokers: {
              replicas: 6,
              instanceType: 'r7i.2xlarge',
              storageClass: 'st1',
              volumeSizeGi: 4000,
            },
            topics: [
              { name: 'clicks', partitions: 48, retentionHours: 72 },
              { name: 'sessions', partitions: 12, cleanupPolicy: 'compact' },
            ],
            targetPath: 'kafka',
          },
        },
      ],
    }),
  },
  {
    description:
      'gp3 brokers with provisioned IOPS and throughput (Kubernetes 1.34 or newer)',
    example: stringify({
      steps: [
        {
          id: 'generate',
          action: 'kafka-on-eks:generate',
          name: 'Generate the Kafka on EKS repository',
          input: {
            name: 'payments',
            owner: 'group:default/payments-team',
            kubernetesVersion: '1.35',
            brokers: {
              replicas: 3,
              volumeSizeGi: 2000,
              iops: 12000,
              throughputMiBps: 500,
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Sized from the workload: the README shows the sizing inputs, the recommendation and the monthly EBS cost',
    example: stringify({
      steps: [
        {
          id: 'generate',
          action: 'kafka-on-eks:generate',
          name: 'Generate the Kafka on EKS repository',
          input: {
            name: 'clickstream',
            owner: 'group:default/analytics',
            brokers: {
              replicas: 3,
              storageClass: 'st1',
              volumeSizeGi: 7952,
              sizing: {
                peakWriteMBps: 10,
                readFanout: 2,
                retentionHours: 168,
                replicationFactor: 3,
                headroom: 0.2,
              },
            },
          },
        },
      ],
    }),
  },
];
