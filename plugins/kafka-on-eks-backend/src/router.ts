import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  KAFKA_ANNOTATION,
  isKafkaOnEksEntity,
  isKafkaRebalanceAction,
  kafkaClusterReadPermission,
  kafkaRebalanceUpdatePermission,
  readKafkaLocation,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import express from 'express';
import Router from 'express-promise-router';
import type { MetricsCollector } from './metrics';
import type { KafkaRebalanceActions } from './rebalances/KafkaRebalanceActions';
import type { ClusterRepositories } from './repository/ClusterRepositories';
import type { KafkaViewSource } from './source/KafkaViewSource';

// RFC 1123 subdomain, as Kubernetes names objects.
const KUBERNETES_NAME =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The plugin's HTTP routes, mounted at `/api/kafka-on-eks`. Errors are
 * thrown as Backstage errors; the backend's error handler turns them into
 * `{ error: { name, message } }` with the matching status.
 */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  views: KafkaViewSource;
  metrics: MetricsCollector;
  repositories: ClusterRepositories;
  rebalances: KafkaRebalanceActions;
}): Promise<express.Router> {
  const {
    httpAuth,
    permissions,
    catalog,
    views,
    metrics,
    repositories,
    rebalances,
  } = options;
  const router = Router();
  router.use(express.json());

  // Liveness of this plugin inside the backend; load balancers and the
  // portal's own smoke test call it without a token.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  /**
   * The entity of the route, loaded with the caller's credentials (what they
   * cannot see is a 404), once kafka-on-eks.cluster.read allows it.
   */
  async function readableEntity(
    req: express.Request,
  ): Promise<{ entity: Entity; entityRef: string }> {
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef({
      kind: req.params.kind,
      namespace: req.params.namespace,
      name: req.params.name,
    });
    const entity = await catalog.getEntityByRef(entityRef, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    const [decision] = await permissions.authorize(
      [{ permission: kafkaClusterReadPermission, resourceRef: entityRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Not allowed to read the Kafka cluster of ${entityRef}`,
      );
    }
    return { entity, entityRef };
  }

  /** As {@link readableEntity}, and it must be a Kafka on EKS cluster. */
  async function readableCluster(req: express.Request): Promise<Entity> {
    const { entity, entityRef } = await readableEntity(req);
    if (!isKafkaOnEksEntity(entity)) {
      throw new InputError(
        `${entityRef} is not a Kafka on EKS cluster: it lacks the annotation ${KAFKA_ANNOTATION}`,
      );
    }
    return entity;
  }

  /** The Kafka the readable entity's annotations point at. */
  async function readableLocation(req: express.Request) {
    const { entity, entityRef } = await readableEntity(req);
    const location = readKafkaLocation(entity);
    if (!location.ok) {
      throw new InputError(
        `${entityRef} lacks the annotation${
          location.missingAnnotations.length > 1 ? 's' : ''
        } ${location.missingAnnotations.join(', ')}`,
      );
    }
    return { entityRef, location: location.location };
  }

  // The live view of the Kafka an entity's annotations point at, from the
  // watch cache: no Kubernetes request is made here.
  router.get('/v1/entities/:kind/:namespace/:name', async (req, res) => {
    const { entityRef, location } = await readableLocation(req);
    const view = views.viewJson(location);
    if (view === undefined) {
      throw new NotFoundError(
        `Kubernetes cluster '${
          location.cluster
        }' (annotation backstage.io/kubernetes-cluster of ${entityRef}) is not configured in kubernetes.clusterLocatorMethods; configured: ${
          views.clusterNames().join(', ') || 'none'
        }`,
      );
    }
    res.type('application/json').send(view);
  });

  // Metrics from the cluster's Prometheus, as last collected: no Prometheus
  // request is made here. An unchanged body is a 304.
  router.get(
    '/v1/entities/:kind/:namespace/:name/metrics',
    async (req, res) => {
      const { location } = await readableLocation(req);
      const { body, etag } = metrics.metricsJson(location);
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', 'private, no-cache');
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.type('application/json').send(body);
    },
  );

  // The request on the main branch of the cluster's repository, for the
  // change templates' defaults.
  router.get(
    '/v1/entities/:kind/:namespace/:name/request',
    async (req, res) => {
      res.json(await repositories.readRequest(await readableCluster(req)));
    },
  );

  // Open changes: pull requests, or a local repository's unmerged branches.
  router.get(
    '/v1/entities/:kind/:namespace/:name/changes',
    async (req, res) => {
      res.json(await repositories.listChanges(await readableCluster(req)));
    },
  );

  // Approve, stop or refresh a KafkaRebalance: the one write to a cluster,
  // behind its own permission, checked with the caller's credentials.
  router.post(
    '/v1/entities/:kind/:namespace/:name/rebalances/:rebalance/:action',
    async (req, res) => {
      const { action, rebalance } = req.params;
      if (!isKafkaRebalanceAction(action)) {
        throw new InputError(
          `action must be one of approve, stop, refresh; got '${action}'`,
        );
      }
      if (!KUBERNETES_NAME.test(rebalance)) {
        throw new InputError(
          `rebalance must be a Kubernetes object name (lowercase letters, digits, '-' and '.', at most 253 characters); got '${rebalance}'`,
        );
      }
      const { entityRef, location } = await readableLocation(req);
      // A person, so the log can say who.
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const [decision] = await permissions.authorize(
        [
          {
            permission: kafkaRebalanceUpdatePermission,
            resourceRef: entityRef,
          },
        ],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `Not allowed to ${action} rebalances of ${entityRef} (permission ${kafkaRebalanceUpdatePermission.name})`,
        );
      }
      const view = views.view(location);
      if (!view) {
        throw new NotFoundError(
          `Kubernetes cluster '${location.cluster}' of ${entityRef} is not configured in kubernetes.clusterLocatorMethods`,
        );
      }
      res.json(
        await rebalances.request({
          location,
          strimziApiVersion: view.strimziApiVersion ?? 'v1',
          rebalance,
          action,
          actor: credentials.principal.userEntityRef,
        }),
      );
    },
  );

  return router;
}
