import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import path from 'node:path';
import { createGenerateAction } from './actions/generate';
import { createFetchLocalAction } from './actions/fetchLocal';
import { createLiveFactsReader } from './actions/liveFacts';
import { createMergeLocalAction } from './actions/mergeLocal';
import { createPublishLocalAction } from './actions/publishLocal';
import { createPublishLocalChangeAction } from './actions/publishLocalChange';
import { createUpdateAction } from './actions/update';

/**
 * Registers the Kafka on EKS actions with the scaffolder:
 * `kafka-on-eks:generate` and `kafka-on-eks:update` always (the update reads
 * live facts from the kafka-on-eks backend plugin), and the local
 * repository actions (`kafka-on-eks:publish-local`, `:fetch-local`,
 * `:publish-local-change`, `:merge-local`) only when
 * `kafkaOnEks.localPublish.directory` is configured.
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
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
      },
      async init({
        scaffolderActions,
        config,
        catalog,
        discovery,
        auth,
        logger,
      }) {
        scaffolderActions.addActions(
          createGenerateAction(),
          createUpdateAction({
            readLiveFacts: createLiveFactsReader({ discovery, auth, logger }),
          }),
        );
        // Writes repositories to the portal's own disk: only where a demo
        // or test config asks for it, never by default.
        const directory = config.getOptionalString(
          'kafkaOnEks.localPublish.directory',
        );
        if (directory) {
          const repositoriesDirectory = path.resolve(directory);
          scaffolderActions.addActions(
            createPublishLocalAction({ repositoriesDirectory, catalog }),
            createFetchLocalAction({ repositoriesDirectory }),
            createPublishLocalChangeAction({ repositoriesDirectory }),
            createMergeLocalAction({ repositoriesDirectory }),
          );
        }
      },
    });
  },
});
