import { InputError } from '@backstage/errors';
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

/**
 * Creates the `kafka-on-eks:generate` action: validates the cluster request
 * and writes the generated repository into the workspace.
 *
 * @public
 */
export function createGenerateAction() {
  return createTemplateAction({
    id: 'kafka-on-eks:generate',
    description:
      'Generates the GitOps repository of a Kafka on EKS cluster (Strimzi, KRaft) from a cluster request',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z.string({
            description: 'Cluster name (DNS-1035 label, 3 to 40 characters)',
          }),
        owner: z => z.string({ description: 'Entity ref of the owner' }),
        system: z =>
          z.string({ description: 'Entity ref of the System' }).optional(),
        description: z =>
          z.string({ description: 'What the cluster is for' }).optional(),
        targetPath: z =>
          z
            .string({
              description:
                'Workspace folder to write into (default: the workspace root)',
            })
            .optional(),
      },
      output: {
        files: z =>
          z.array(z.string(), { description: 'Paths of the written files' }),
      },
    },
    async handler(ctx) {
      const { targetPath, ...requestInput } = ctx.input;
      const validation = validateClusterRequest(requestInput);
      if (!validation.ok) {
        // Nothing is written when the request is invalid.
        throw new InputError(
          `Invalid Kafka on EKS request: ${formatRequestProblems(
            validation.problems,
          )}`,
        );
      }

      const files = renderRepository(validation.request);
      const root = resolveSafeChildPath(ctx.workspacePath, targetPath ?? '.');
      // Resolve every path before writing any, so a bad path leaves no half-written repo.
      const targets = files.map(file => ({
        file,
        absolutePath: resolveSafeChildPath(root, file.path),
      }));
      for (const { file, absolutePath } of targets) {
        await fs.mkdir(path.dirname(absolutePath), { recursive: true });
        await fs.writeFile(absolutePath, file.content, 'utf8');
      }
      ctx.logger.info(
        `Wrote ${files.length} files for Kafka cluster ${validation.request.name}`,
      );
      ctx.output(
        'files',
        files.map(f => f.path),
      );
    },
  });
}
