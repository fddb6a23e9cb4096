import { createBackendModule } from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createGenerateAction } from './actions/generate';

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
      deps: { scaffolderActions: scaffolderActionsExtensionPoint },
      async init({ scaffolderActions }) {
        scaffolderActions.addActions(createGenerateAction());
      },
    });
  },
});
