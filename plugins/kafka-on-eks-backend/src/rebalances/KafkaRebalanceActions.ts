import type { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import type { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import {
  REBALANCE_ANNOTATION,
  type KafkaLocation,
  type KafkaRebalanceAction,
  type KafkaRebalanceView,
  type StrimziApiVersion,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import {
  ApiException,
  CustomObjectsApi,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import type { ClusterCredentials } from '../clusters/clusterCredentials';
import type { StrimziKafkaRebalance } from '../service/kubernetesObjects';
import { rebalanceView } from '../service/projectRebalances';
import { CLUSTER_LABEL } from '../service/strimziNames';
import { kubeConfigFor } from '../source/kubeConfigFor';

const STRIMZI_GROUP = 'kafka.strimzi.io';

/**
 * Approve, stop or refresh a KafkaRebalance: the plugin's one write to a
 * cluster. The object is read fresh from the API server, not from the watch
 * cache, so a state that just changed is not acted on; the permission check
 * is the router's.
 */
export class KafkaRebalanceActions {
  constructor(
    private readonly options: {
      clusterByName(name: string): ClusterDetails | undefined;
      credentials: ClusterCredentials;
      logger: LoggerService;
    },
  ) {}

  async request(options: {
    location: KafkaLocation;
    strimziApiVersion: StrimziApiVersion;
    rebalance: string;
    action: KafkaRebalanceAction;
    /** Who asked: a user entity ref, for the log. */
    actor: string;
  }): Promise<KafkaRebalanceView> {
    const { location, strimziApiVersion, rebalance, action, actor } = options;
    const cluster = this.options.clusterByName(location.cluster);
    if (!cluster) {
      throw new NotFoundError(
        `Kubernetes cluster '${location.cluster}' is not configured`,
      );
    }
    const api = kubeConfigFor(
      cluster,
      await this.options.credentials(cluster),
    ).makeApiClient(CustomObjectsApi);
    const ref = {
      group: STRIMZI_GROUP,
      version: strimziApiVersion,
      namespace: location.namespace,
      plural: 'kafkarebalances',
      name: rebalance,
    };

    const current = (await notFoundAs404(
      api.getNamespacedCustomObject(ref),
      location,
      rebalance,
    )) as StrimziKafkaRebalance;
    // Same namespace is not enough: it must rebalance this Kafka.
    if (current.metadata?.labels?.[CLUSTER_LABEL] !== location.kafka) {
      throw new NotFoundError(notFoundMessage(location, rebalance));
    }
    const before = rebalanceView(current);
    if (!before.allowedActions.includes(action)) {
      throw new ConflictError(
        `KafkaRebalance ${rebalance} is ${
          before.state ?? 'without a state yet'
        }: ${action} is not possible now (${
          before.allowedActions.length
            ? `possible: ${before.allowedActions.join(', ')}`
            : 'no action is possible in this state'
        })`,
      );
    }

    // A merge patch of the annotation alone, guarded by the resourceVersion
    // read above: if the operator moved the state meanwhile, this is a 409.
    const patched = (await conflictAs409(
      api.patchNamespacedCustomObject(
        {
          ...ref,
          body: {
            metadata: {
              resourceVersion: current.metadata?.resourceVersion,
              annotations: { [REBALANCE_ANNOTATION]: action },
            },
          },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      ),
      rebalance,
    )) as StrimziKafkaRebalance;
    this.options.logger.info(
      `kafka-on-eks: ${actor} set ${REBALANCE_ANNOTATION}=${action} on KafkaRebalance ${location.namespace}/${rebalance} of Kafka ${location.kafka} in cluster ${location.cluster} (state was ${before.state})`,
      { actor, action, rebalance, ...location },
    );
    return rebalanceView(patched);
  }
}

function notFoundMessage(location: KafkaLocation, rebalance: string) {
  return `No KafkaRebalance ${rebalance} of Kafka ${location.kafka} in namespace ${location.namespace} of cluster ${location.cluster}`;
}

async function notFoundAs404<T>(
  call: Promise<T>,
  location: KafkaLocation,
  rebalance: string,
): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiException && error.code === 404) {
      throw new NotFoundError(notFoundMessage(location, rebalance));
    }
    throw error;
  }
}

async function conflictAs409<T>(call: Promise<T>, rebalance: string) {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiException && error.code === 409) {
      throw new ConflictError(
        `KafkaRebalance ${rebalance} changed while the request was made: reload and try again`,
      );
    }
    throw error;
  }
}
