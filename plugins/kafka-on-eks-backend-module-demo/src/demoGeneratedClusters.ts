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
} from '@kafka-on-eks/plugin-scaffolder-backend-module-kafka-on-eks';
import {
  loadSeedDirectory,
  playStrimziOperator,
  startKubeLoopback,
  type KubeLoopback,
} from '@internal/kube-loopback';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

// Kinds the loopback API serves; the rest (ConfigMap, PodMonitor,
// KafkaUser, ExternalSecret...) are for a real cluster's other controllers.
const SERVED_KINDS = new Set([
  'Namespace',
  'Kafka',
  'KafkaNodePool',
  'KafkaTopic',
  'KafkaRebalance',
  'StorageClass',
  'VolumeAttributesClass',
]);
const POLL_MS = 2_000;
// Long enough to see the cluster come up, short enough for a demo.
const OPERATOR_DELAY_MS = 4_000;

interface GeneratedCluster {
  name: string;
  api: KubeLoopback;
}

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
        const running = new Map<string, GeneratedCluster>();
        const starting = new Set<string>();

        const scan = async () => {
          const entries = await fs
            .readdir(repositories, { withFileTypes: true })
            .catch(() => []);
          for (const entry of entries) {
            const dir = path.join(repositories, entry.name);
            if (!entry.isDirectory() || running.has(dir) || starting.has(dir)) {
              continue;
            }
            starting.add(dir);
            try {
              const cluster = await startGeneratedCluster(dir, token, logger);
              if (cluster) running.set(dir, cluster);
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
          await Promise.all([...running.values()].map(c => c.api.close()));
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

/** A loopback API for one generated repository, or undefined if it is none. */
async function startGeneratedCluster(
  dir: string,
  token: string,
  logger: LoggerService,
): Promise<GeneratedCluster | undefined> {
  const catalogInfo = path.join(dir, 'catalog-info.yaml');
  const requestFile = path.join(dir, REQUEST_FILE);
  const manifestsDir = path.join(dir, 'kubernetes', 'kafka');
  if (
    !(await exists(manifestsDir)) ||
    !(await exists(catalogInfo)) ||
    !(await exists(requestFile))
  ) {
    return undefined;
  }
  const entity = parseYaml(await fs.readFile(catalogInfo, 'utf8'));
  const clusterName =
    entity?.metadata?.annotations?.['backstage.io/kubernetes-cluster'];
  if (!clusterName) return undefined;
  // The repository's own request says where it runs.
  const read = readRequestFile(await fs.readFile(requestFile, 'utf8'));
  if (!read.ok) {
    throw new Error(`${REQUEST_FILE}: ${JSON.stringify(read.problems)}`);
  }
  const { region, zones: zoneCount } = read.request;
  const zones = ['a', 'b', 'c']
    .slice(0, zoneCount)
    .map(letter => `${region}${letter}`);
  const manifests = (loadSeedDirectory(manifestsDir) as any[]).filter(m =>
    SERVED_KINDS.has(m.kind),
  );

  // What Argo CD applies first: the manifests, before any operator acted.
  const api = await startKubeLoopback({ token, objects: manifests });
  setTimeout(() => {
    for (const object of playStrimziOperator(manifests, {
      zones,
      now: new Date().toISOString(),
    })) {
      api.apply(object);
    }
  }, OPERATOR_DELAY_MS).unref();
  logger.info(
    `demo: cluster ${clusterName} (${zones.join(', ')}) on ${
      api.url
    } from ${dir}`,
  );
  return { name: clusterName, api };
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
