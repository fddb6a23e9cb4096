import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  scaffolderActionsExtensionPoint,
  type TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleKafkaOnEks } from './module';

async function registeredActionIds(config: object): Promise<string[]> {
  const actions: TemplateAction<any, any, any>[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        scaffolderActionsExtensionPoint,
        {
          addActions: (...added: TemplateAction<any, any, any>[]) =>
            actions.push(...added),
        },
      ],
    ],
    features: [
      scaffolderModuleKafkaOnEks,
      mockServices.rootConfig.factory({ data: config }),
      catalogServiceMock.factory(),
    ],
  });
  await backend.stop();
  return actions.map(action => action.id);
}

describe('scaffolderModuleKafkaOnEks', () => {
  it('registers generate and update by default: nothing writes to the portal disk', async () => {
    expect(await registeredActionIds({})).toEqual([
      'kafka-on-eks:generate',
      'kafka-on-eks:update',
    ]);
  });

  it('adds the local repository actions where kafkaOnEks.localPublish.directory is configured', async () => {
    expect(
      await registeredActionIds({
        kafkaOnEks: { localPublish: { directory: '/tmp/kafka-on-eks-repos' } },
      }),
    ).toEqual([
      'kafka-on-eks:generate',
      'kafka-on-eks:update',
      'kafka-on-eks:publish-local',
      'kafka-on-eks:fetch-local',
      'kafka-on-eks:publish-local-change',
      'kafka-on-eks:merge-local',
    ]);
  });
});
