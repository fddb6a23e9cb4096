import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import path from 'node:path';
import { createGenerateAction } from './actions/generate';
import { createPublishLocalAction } from './actions/publishLocal';

/**
 * Registers the Kafka on EKS actions with the scaffolder.
 *
 * @public
 */
export const scaffolderModuleKafkaOnEks = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'kafka-on-eks',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({ scaffolderActions, config, catalog }) {
        const directory = config.getOptionalString(
          'kafkaOnEks.localPublish.directory',
        );
        scaffolderActions.addActions(
          createGenerateAction(),
          createPublishLocalAction({
            repositoriesDirectory: directory
              ? path.resolve(directory)
              : undefined,
            catalog,
          }),
        );
      },
    });
  },
});
