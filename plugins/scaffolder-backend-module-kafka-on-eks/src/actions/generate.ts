import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  formatRequestProblems,
  validateClusterRequest,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import fs from 'node:fs/promises';
import path from 'node:path';
import { renderRepository } from '../render';
import { examples } from './generate.examples';
import { inputError } from './userError';

/**
 * Options of the `kafka-on-eks:generate` action.
 *
 * @public
 */
export interface GenerateActionOptions {
  /**
   * The day the Kubernetes support gate is checked against and recorded in
   * `kafka-on-eks.yaml`, as `YYYY-MM-DD`; the UTC date by default.
   */
  today?: () => string;
}

const utcToday = () => new Date().toISOString().slice(0, 10);

/**
 * Creates the `kafka-on-eks:generate` action: validates the cluster request
 * and writes the generated GitOps repository into the workspace.
 *
 * @public
 */
export function createGenerateAction(options: GenerateActionOptions = {}) {
  const today = options.today ?? utcToday;
  return createTemplateAction({
    id: 'kafka-on-eks:generate',
    description:
      'Generates the GitOps repository of a Kafka on EKS cluster: Terraform for the VPC and EKS, Strimzi manifests for Kafka in KRaft mode, docs and catalog-info.yaml',
    examples,
    supportsDryRun: true,
    schema: {
      // Deliberately loose: the request validator checks every field and names
      // it in its error, with the same rules as the template's form.
      input: {
        name: z =>
          z
            .unknown()
            .describe('Cluster name: DNS-1035 label, 3 to 40 characters'),
        owner: z =>
          z
            .unknown()
            .describe('Entity ref of the owner, e.g. group:default/team-a'),
        system: z =>
          z.unknown().describe('Entity ref of the System (optional)'),
        description: z =>
          z.unknown().describe('What the cluster is for (optional)'),
        region: z =>
          z.unknown().describe('AWS region code (default us-east-1)'),
        zones: z =>
          z.unknown().describe('Availability zones: 2 or 3 (default 3)'),
        kubernetesVersion: z =>
          z
            .unknown()
            .describe(
              'EKS Kubernetes version: one still in EKS standard support on the day of generation (default: the newest in the table)',
            ),
        kafkaVersion: z =>
          z.unknown().describe('Kafka version supported by Strimzi 1.2.0'),
        metadataVersion: z =>
          z
            .unknown()
            .describe(
              "KRaft metadata version, at most the Kafka version's (default: the Kafka version's)",
            ),
        controllers: z =>
          z
            .unknown()
            .describe(
              'KRaft controllers: { replicas: 3|5, instanceType, volumeSizeGi }',
            ),
        brokers: z =>
          z
            .unknown()
            .describe(
              'Brokers: { replicas, nodeCapacity? (nodes for this many brokers, at least replicas), instanceType, storageClass: gp3|st1, volumeSizeGi, iops?, throughputMiBps?, sizing?: { peakWriteMBps, readFanout, retentionHours, replicationFactor, headroom } } (sizing goes into the README with its cost)',
            ),
        topics: z =>
          z
            .unknown()
            .describe(
              'Topics: [{ name, partitions, replicationFactor?, retentionHours, cleanupPolicy: delete|compact }]',
            ),
        clientAuthentication: z =>
          z
            .unknown()
            .describe(
              'How clients authenticate on the TLS listener: scram-sha-512 (default) or tls',
            ),
        clients: z =>
          z
            .unknown()
            .describe(
              'Client applications: [{ name, component?, namespace?, topics: [{ name, access: read|write|readwrite }], consumerGroups?: [id or prefix*] }]; each becomes a KafkaUser with exactly these ACLs, its credentials copied into its namespace',
            ),
        apiAccessCidrs: z =>
          z
            .unknown()
            .describe(
              'IPv4 CIDRs that may reach the public EKS API endpoint; empty (default) means a private-only endpoint. 0.0.0.0/0 is refused',
            ),
        portalRoleArn: z =>
          z
            .unknown()
            .describe(
              'IAM role of the Backstage portal (optional): gets read-only access to the Kafka objects',
            ),
        ebsKmsKeyArn: z =>
          z
            .unknown()
            .describe(
              'Customer-managed KMS key ARN for EBS, in the same region (optional; default the AWS-managed key)',
            ),
        gitopsRevision: z =>
          z
            .unknown()
            .describe(
              'Branch or tag of the repository that Argo CD syncs (default main)',
            ),
        repoUrl: z =>
          z
            .unknown()
            .describe('Repository in the RepoUrlPicker format (optional)'),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace folder to write into (default: the workspace root)',
            ),
      },
      output: {
        files: z =>
          z.array(z.string()).describe('Paths of the generated files'),
      },
    },
    async handler(ctx) {
      const { targetPath, ...requestInput } = ctx.input;
      const validation = validateClusterRequest(requestInput, {
        today: today(),
      });
      if (!validation.ok) {
        throw inputError(
          `Invalid Kafka on EKS request: ${formatRequestProblems(
            validation.problems,
          )}`,
        );
      }

      const files = renderRepository(validation.request);
      const root = resolveSafeChildPath(ctx.workspacePath, targetPath ?? '.');
      // Resolve every path before writing any: a bad path leaves nothing half-written.
      const targets = files.map(file => ({
        file,
        absolutePath: resolveSafeChildPath(root, file.path),
      }));
      for (const { file, absolutePath } of targets) {
        await fs.mkdir(path.dirname(absolutePath), { recursive: true });
        await fs.writeFile(absolutePath, file.content, 'utf8');
      }
      ctx.logger.info(
        `Generated ${files.length} files for Kafka cluster ${validation.request.name}`,
      );
      for (const warning of validation.warnings) {
        ctx.logger.warn(`${warning.path}: ${warning.message}`);
      }
      ctx.output(
        'files',
        files.map(f => f.path),
      );
    },
  });
}
