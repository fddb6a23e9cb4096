import {
  coreServices,
  createBackendModule,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { kafkaOnEksClustersExtensionPoint } from '@kafka-on-eks/plugin-kafka-on-eks-node';
import {
  readRequestFile,
  REQUEST_FILE,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { GeneratedClusterLoop } from './gitops/GeneratedClusterLoop';
import { readMainBranch } from './gitops/readMainBranch';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const POLL_MS = 2_000;
// Long enough to see each step happen, short enough for a demo.
const DELAYS = { operatorMs: 4_000, volumeMs: 8_000 };
const MANIFESTS_FOLDER = 'kubernetes/kafka';

/**
 * The demo loop of the embedded default: every repository that
 * `kafka-on-eks:publish-local` writes becomes a live "EKS cluster", a
 * loopback Kubernetes API that applies the repository's Strimzi manifests
 * and, a few seconds later, plays the operator (Ready statuses, broker pods
 * over the chosen zones, PVCs bound to EBS volumes of the chosen class and
 * size). The kafka-on-eks backend watches it under the cluster name the
 * repository's catalog-info.yaml names.
 */
export const kafkaOnEksModuleDemoGeneratedClusters = createBackendModule({
  pluginId: 'kafka-on-eks',
  moduleId: 'demo-generated-clusters',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        lifecycle: coreServices.lifecycle,
        clusters: kafkaOnEksClustersExtensionPoint,
      },
      async init({ config, logger, lifecycle, clusters }) {
        const directory = config.getOptionalString(
          'kafkaOnEks.localPublish.directory',
        );
        const demo = config.getOptionalConfig('kafkaOnEks.demo.kubernetesApi');
        if (!directory || !demo) return;
        const token = demo.getString('token');
        const repositories = path.resolve(directory);
        const running = new Map<string, GeneratedClusterLoop>();
        const starting = new Set<string>();

        const scan = async () => {
          const entries = await fs
            .readdir(repositories, { withFileTypes: true })
            .catch(() => []);
          for (const entry of entries) {
            const dir = path.join(repositories, entry.name);
            const cluster = running.get(dir);
            if (cluster) {
              cluster
                .poll()
                .catch(error =>
                  logger.warn(
                    `demo: could not sync ${cluster.name} from ${dir}: ${
                      (error as Error).message
                    }`,
                  ),
                );
              continue;
            }
            if (!entry.isDirectory() || starting.has(dir)) continue;
            starting.add(dir);
            try {
              const started = await startGeneratedCluster(dir, token, logger);
              if (started) {
                running.set(dir, started);
                void started
                  .poll()
                  .catch(error =>
                    logger.warn(
                      `demo: could not sync ${started.name}: ${
                        (error as Error).message
                      }`,
                    ),
                  );
              }
            } catch (error) {
              logger.warn(
                `demo: could not start a cluster for ${dir}: ${
                  (error as Error).message
                }`,
              );
            } finally {
              starting.delete(dir);
            }
          }
        };
        const timer = setInterval(() => void scan(), POLL_MS);
        lifecycle.addShutdownHook(async () => {
          clearInterval(timer);
          await Promise.all([...running.values()].map(c => c.close()));
        });

        clusters.addClusterSupplier({
          async getClusters(): Promise<ClusterDetails[]> {
            return [...running.values()].map(({ name, api }) => ({
              name,
              url: api.url,
              // Plain HTTP on loopback: the client needs TLS checks off to
              // send the token.
              skipTLSVerify: true,
              authMetadata: {
                'kubernetes.io/auth-provider': 'serviceAccount',
                serviceAccountToken: token,
              },
            }));
          },
        });
      },
    });
  },
});

/** The live cluster of one generated repository, or undefined if it is none. */
async function startGeneratedCluster(
  dir: string,
  token: string,
  logger: LoggerService,
): Promise<GeneratedClusterLoop | undefined> {
  const main = await readMainBranch(dir, {
    manifestsFolder: MANIFESTS_FOLDER,
    requestFile: REQUEST_FILE,
  }).catch(() => undefined);
  const catalogInfo = path.join(dir, 'catalog-info.yaml');
  if (!main?.requestFile || !(await exists(catalogInfo))) return undefined;
  const entity = parseYaml(await fs.readFile(catalogInfo, 'utf8'));
  const clusterName =
    entity?.metadata?.annotations?.['backstage.io/kubernetes-cluster'];
  if (!clusterName) return undefined;
  // The repository's own request says where it runs; the region and zones
  // never change after creation.
  const read = readRequestFile(main.requestFile);
  if (!read.ok) {
    throw new Error(`${REQUEST_FILE}: ${JSON.stringify(read.problems)}`);
  }
  const { region, zones: zoneCount } = read.request;
  const zones = ['a', 'b', 'c']
    .slice(0, zoneCount)
    .map(letter => `${region}${letter}`);

  const cluster = await GeneratedClusterLoop.start({
    dir,
    name: clusterName,
    zones,
    token,
    manifestsFolder: MANIFESTS_FOLDER,
    requestFile: REQUEST_FILE,
    delays: DELAYS,
    logger,
  });
  logger.info(
    `demo: cluster ${clusterName} (${zones.join(', ')}) on ${
      cluster.api.url
    } follows the main branch of ${dir}`,
  );
  return cluster;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
