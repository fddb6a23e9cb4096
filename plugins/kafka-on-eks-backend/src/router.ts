import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  kafkaClusterReadPermission,
  readKafkaLocation,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import express from 'express';
import Router from 'express-promise-router';
import type { KafkaViewSource } from './source/KafkaViewSource';

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
}): Promise<express.Router> {
  const { httpAuth, permissions, catalog, views } = options;
  const router = Router();
  router.use(express.json());

  // Liveness of this plugin inside the backend; load balancers and the
  // portal's own smoke test call it without a token.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // The live view of the Kafka an entity's annotations point at, from the
  // watch cache: no Kubernetes request is made here.
  router.get('/v1/entities/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entityRef = stringifyEntityRef({
      kind: req.params.kind,
      namespace: req.params.namespace,
      name: req.params.name,
    });
    // Loaded with the caller's credentials: what they cannot see is a 404.
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
    const location = readKafkaLocation(entity);
    if (!location.ok) {
      throw new InputError(
        `${entityRef} lacks the annotation${
          location.missingAnnotations.length > 1 ? 's' : ''
        } ${location.missingAnnotations.join(', ')}`,
      );
    }
    const view = views.viewJson(location.location);
    if (view === undefined) {
      throw new NotFoundError(
        `Kubernetes cluster '${
          location.location.cluster
        }' (annotation backstage.io/kubernetes-cluster of ${entityRef}) is not configured in kubernetes.clusterLocatorMethods; configured: ${
          views.clusterNames().join(', ') || 'none'
        }`,
      );
    }
    res.type('application/json').send(view);
  });

  return router;
}
