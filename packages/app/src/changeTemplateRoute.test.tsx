import { renderInTestApp } from '@backstage/frontend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import kafkaOnEksPlugin, {
  KafkaOnEksContent,
  kafkaOnEksApiRef,
} from '@kafka-on-eks/plugin-kafka-on-eks';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// The portal's wiring: with the scaffolder installed, the Kafka tab's change
// menu leads to the scaffolder's page of the change template, through the
// plugin's default target (no binding here). The test app mounts no plugin
// pages by itself, so the scaffolder's root is mounted where the app has it.
describe('the change template route', () => {
  it('resolves to the scaffolder template page', async () => {
    const never = () => new Promise<never>(() => {});
    renderInTestApp(
      <EntityProvider
        entity={{
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Resource',
          metadata: {
            name: 'orders-kafka',
            namespace: 'default',
            annotations: {
              'backstage.io/kubernetes-cluster': 'demo-eks',
              'backstage.io/kubernetes-namespace': 'kafka',
              'kafka-on-eks/kafka': 'orders',
            },
          },
          spec: { type: 'kafka-cluster', owner: 'group:default/platform-team' },
        }}
      >
        <KafkaOnEksContent />
      </EntityProvider>,
      {
        features: [scaffolderPlugin, kafkaOnEksPlugin],
        mountedRoutes: { '/create': scaffolderPlugin.routes.root },
        apis: [
          [
            kafkaOnEksApiRef,
            {
              getClusterView: never,
              getClusterRequest: never,
              getClusterChanges: never,
            },
          ],
        ],
      },
    );
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Change this cluster' },
        { timeout: 30_000 },
      ),
    );
    const addTopic = within(screen.getByRole('menu')).getByRole('menuitem', {
      name: /^Add topic/,
    });
    const url = new URL(addTopic.getAttribute('href')!, 'http://portal.test');
    expect(url.pathname).toBe('/create/templates/default/kafka-on-eks-change');
    expect(JSON.parse(url.searchParams.get('formData')!)).toEqual({
      cluster: 'resource:default/orders-kafka',
      change: 'add-topic',
    });
    // A guard only: the whole scaffolder plugin loads, slowly on a busy machine.
  }, 60_000);
});
