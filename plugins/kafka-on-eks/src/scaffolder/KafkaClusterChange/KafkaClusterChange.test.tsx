import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import type {
  ClusterRequestResponse,
  KafkaClusterView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fs from 'node:fs';
import path from 'node:path';
import type { ComponentProps } from 'react';
import { parse } from 'yaml';
import {
  ordersClusterRequest,
  ordersClusterView,
  ordersRequestResponse,
} from '../../__fixtures__';
import {
  answeringApi,
  responseError,
} from '../../__testUtils__/renderForEntity';
import { kafkaOnEksApiRef } from '../../api';
import { KAFKA_CLUSTER_CHANGE_FIELD } from '../fieldName';
import { KafkaClusterChange } from './KafkaClusterChange';
import { validateClusterChangeField } from './validateClusterChangeField';

// The real change template's two pages (the cluster, the change kind and a
// prefill from the link; then the desired change), so the test also covers
// its schema of the field's value.
const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../../../templates/kafka-on-eks-change/template.yaml',
    ),
    'utf8',
  ),
);
const [clusterPage, changePage] = template.spec.parameters;

type FormState = NonNullable<ComponentProps<typeof Stepper>['initialState']>;
type JsonValue = FormState[string];

// The orders cluster with its resizes done, so storage may change.
const settledView: KafkaClusterView = {
  ...ordersClusterView,
  volumes: ordersClusterView.volumes.map(v => ({
    ...v,
    resizePending: false,
    modifyVolumeStatus: undefined,
  })),
};

// A guard only: nothing here waits on time, but a busy machine is slow.
const GUARD = { timeout: 15_000 };

/**
 * The change template's form, on its second page once the first is filled
 * in; `{ changePageOnly }` renders the second page alone.
 */
async function renderForm(
  initialState: FormState,
  api = answeringApi(settledView),
  options: { changePageOnly?: boolean } = {},
) {
  const created = jest.fn(async () => {});
  const pages: Array<{ title: string }> = options.changePageOnly
    ? [changePage]
    : [clusterPage, changePage];
  renderInTestApp(
    <Stepper
      manifest={{
        title: 'Change a Kafka cluster',
        steps: pages.map(page => ({ title: page.title, schema: page })),
      }}
      extensions={[
        {
          name: KAFKA_CLUSTER_CHANGE_FIELD,
          component: KafkaClusterChange,
          validation: validateClusterChangeField,
        },
      ]}
      initialState={initialState}
      onCreate={created}
    />,
    { apis: [[kafkaOnEksApiRef, api]] },
  );
  if (!options.changePageOnly) {
    await userEvent.click(
      await screen.findByRole('button', { name: 'Next' }, GUARD),
    );
  }
  return { created, api };
}

const orders = (
  change: string,
  prefill?: Record<string, JsonValue>,
): FormState => ({
  cluster: 'resource:default/orders-kafka',
  change,
  ...(prefill && { prefill }),
});

const input = (label: string | RegExp) =>
  screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;

async function typeInto(label: string | RegExp, text: string) {
  await userEvent.clear(input(label));
  if (text) await userEvent.type(input(label), text);
}

const merges = () =>
  screen.findByRole('region', { name: 'What happens when this merges' }, GUARD);
const refused = () =>
  screen.findByRole(
    'region',
    { name: 'The change rules refuse this change' },
    GUARD,
  );

/** Review, then Create: the value the template's steps receive. */
async function submit(created: jest.Mock) {
  await userEvent.click(screen.getByRole('button', { name: 'Review' }));
  await userEvent.click(
    await screen.findByRole('button', { name: 'Create' }, GUARD),
  );
  await waitFor(() => expect(created).toHaveBeenCalled(), GUARD);
  return (created.mock.calls[0] as unknown[])[0] as Record<string, any>;
}

/**
 * Review is refused: the field's validation adds its messages (beside any
 * the editor already shows) and the form stays on its page.
 */
async function reviewIsBlocked(message: string) {
  const shown = () => screen.queryAllByText(message, { exact: false }).length;
  const before = shown();
  await userEvent.click(screen.getByRole('button', { name: 'Review' }));
  await waitFor(() => expect(shown()).toBeGreaterThan(before), GUARD);
  expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Review' })).toBeInTheDocument();
}

describe('KafkaClusterChange', () => {
  it('asks for a cluster before anything else', async () => {
    const { api } = await renderForm({ change: 'add-topic' }, undefined, {
      changePageOnly: true,
    });
    expect(
      await screen.findByText(
        'Pick a Kafka cluster first: the change starts from its repository.',
        {},
        GUARD,
      ),
    ).toBeInTheDocument();
    expect(api.getClusterRequest).not.toHaveBeenCalled();
  });

  it('shows progress while the request loads', async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterRequest.mockReturnValue(new Promise(() => {}));
    await renderForm(orders('add-topic'), api);
    expect(
      await screen.findByRole('progressbar', {}, GUARD),
    ).toBeInTheDocument();
    expect(api.getClusterRequest).toHaveBeenCalledWith(
      'resource:default/orders-kafka',
      expect.anything(),
    );
  });

  it("shows the backend's message when the repository cannot be read", async () => {
    const api = answeringApi(ordersClusterView);
    api.getClusterRequest.mockRejectedValue(
      await responseError(
        404,
        'NotFoundError',
        'resource:default/orders-kafka has no kafka-on-eks.yaml on its main branch',
      ),
    );
    await renderForm(orders('add-topic'), api);
    const alert = await screen.findByRole(
      'alert',
      { name: "The cluster's repository cannot be read" },
      GUARD,
    );
    expect(alert).toHaveTextContent(
      'resource:default/orders-kafka has no kafka-on-eks.yaml on its main branch',
    );
  });

  it('says when the live view cannot be read, and then refuses more brokers', async () => {
    const api = answeringApi(new Error('Failed to fetch'));
    api.getClusterRequest.mockResolvedValue(
      ordersRequestResponse(
        ordersClusterRequest({
          brokers: { replicas: 3, volumeSizeGi: 1000, nodeCapacity: 4 },
        }),
      ),
    );
    await renderForm(orders('scale-brokers'), api);
    expect(
      await screen.findByText(
        /The live view of the cluster cannot be read \(\s*Failed to fetch\)/,
        {},
        GUARD,
      ),
    ).toBeInTheDocument();
    await typeInto('Brokers', '4');
    expect(await refused()).toHaveTextContent(
      'brokers.replicas: the live view does not show the broker nodes',
    );
  });

  describe('edit-topic', () => {
    it('starts from the prefilled topic, refuses a shrink naming the field, and blocks Review', async () => {
      await renderForm(orders('edit-topic', { topic: 'customer-profiles' }));
      await screen.findByText(/Edit topic: /, {}, GUARD);
      expect(input('Partitions').value).toBe('3');
      expect(input('Retention').value).toBe('7');

      await typeInto('Partitions', '1');
      expect(await refused()).toHaveTextContent(
        'topics[1].partitions: partitions cannot shrink (3 → 1)',
      );
      await reviewIsBlocked('partitions cannot shrink (3 → 1)');
    });

    it('passes {request, branch, title} on when accepted', async () => {
      const { created } = await renderForm(
        orders('edit-topic', { topic: 'customer-profiles' }),
      );
      await screen.findByText(/Edit topic: /, {}, GUARD);
      await typeInto('Partitions', '6');
      expect(await merges()).toHaveTextContent(
        'The topic operator adds partitions to customer-profiles (3 → 6)',
      );

      const { desired } = await submit(created);
      expect(Object.keys(desired).sort()).toEqual([
        'branch',
        'request',
        'title',
      ]);
      expect(desired.branch).toBe('edit-topic-customer-profiles');
      expect(desired.title).toBe('Edit topic customer-profiles');
      expect(desired.request.topics[1]).toMatchObject({
        name: 'customer-profiles',
        partitions: 6,
        cleanupPolicy: 'compact',
      });
      // Everything else is the current request.
      expect({ ...desired.request, topics: [] }).toEqual({
        ...ordersClusterRequest(),
        topics: [],
      });
    });

    it('keeps what the user typed when they step back from the review', async () => {
      await renderForm(orders('edit-topic', { topic: 'customer-profiles' }));
      await screen.findByText(/Edit topic: /, {}, GUARD);
      await typeInto('Partitions', '9');
      await merges();
      await userEvent.click(screen.getByRole('button', { name: 'Review' }));
      await userEvent.click(
        await screen.findByRole('button', { name: 'Back' }, GUARD),
      );
      await screen.findByText(/Edit topic: /, {}, GUARD);
      expect(input('Partitions').value).toBe('9');
      expect(await merges()).toHaveTextContent('(3 → 9)');
    });

    it('blocks a change that changes nothing', async () => {
      await renderForm(orders('edit-topic'));
      expect(
        await screen.findByRole('region', { name: 'No change yet' }, GUARD),
      ).toBeInTheDocument();
      await reviewIsBlocked(
        'request: it is the current request: change a value to propose a change',
      );
    });
  });

  it('add-topic: a new topic with the defaults, as the rules summarise it', async () => {
    const { created } = await renderForm(orders('add-topic'));
    await screen.findByText(/Add topic: /, {}, GUARD);
    expect(input('Partitions').value).toBe('6');
    await typeInto(/^Topic name/, 'orders.shipped');
    expect(await merges()).toHaveTextContent(
      'The topic operator creates topic orders.shipped: 6 partitions, replication factor 3, 168 h retention, cleanup delete.',
    );
    const { desired } = await submit(created);
    expect(desired.branch).toBe('add-topic-orders-shipped');
    expect(desired.request.topics.map((t: any) => t.name)).toEqual([
      'orders.created',
      'customer-profiles',
      'orders.shipped',
    ]);
  });

  it('grow-storage: starts at the current size, refuses a shrink, accepts growth', async () => {
    const { created } = await renderForm(orders('grow-storage'));
    await screen.findByText(/Grow storage: /, {}, GUARD);
    expect(input('Volume size per broker (GiB)').value).toBe('1000');

    await typeInto('Volume size per broker (GiB)', '800');
    expect(await refused()).toHaveTextContent(
      'brokers.volumeSizeGi: volumes only grow (1000 → 800 GiB)',
    );
    await typeInto('Volume size per broker (GiB)', '1500');
    expect(await merges()).toHaveTextContent(
      'Strimzi grows every broker volume from 1000 to 1500 GiB',
    );
    const { desired } = await submit(created);
    expect(desired.request.brokers.volumeSizeGi).toBe(1500);
    expect(desired.title).toBe('Grow broker volumes to 1500 GiB');
  });

  it('grow-storage: refused while the live view shows a resize pending', async () => {
    await renderForm(orders('grow-storage'), answeringApi(ordersClusterView));
    await screen.findByText(/Grow storage: /, {}, GUARD);
    await typeInto('Volume size per broker (GiB)', '1500');
    expect(await refused()).toHaveTextContent(
      'brokers.volumeSizeGi: a broker volume is still being modified',
    );
    await reviewIsBlocked('a broker volume is still being modified');
  });

  it('scale-brokers: more brokers only once the live view shows their nodes Ready', async () => {
    const api = answeringApi(settledView);
    api.getClusterRequest.mockResolvedValue(
      ordersRequestResponse(
        ordersClusterRequest({
          brokers: { replicas: 3, volumeSizeGi: 1000, nodeCapacity: 4 },
        }),
      ),
    );
    await renderForm(orders('scale-brokers'), api);
    await screen.findByText(/Scale brokers: /, {}, GUARD);
    await typeInto('Brokers', '4');
    // The fixture's broker pool has 3 Ready nodes.
    expect(await refused()).toHaveTextContent(
      'brokers.replicas: the live view shows 3 Ready broker node(s), and 4 brokers need 4',
    );
    await typeInto('Brokers', '3');
    await typeInto('Broker node capacity', '3');
    expect(await merges()).toHaveTextContent(
      'terraform apply shrinks the broker node groups',
    );
  });

  it('scale-brokers: capacity first, with what follows; more brokers than nodes refused', async () => {
    await renderForm(orders('scale-brokers'));
    await screen.findByText(/Scale brokers: /, {}, GUARD);
    expect(input('Broker node capacity').value).toBe('3');
    expect(input('Brokers').value).toBe('3');

    await typeInto('Brokers', '6');
    expect(await refused()).toHaveTextContent(
      'brokers.replicas: 6 brokers need room for 6 on the nodes, and the node groups hold 3',
    );
    await typeInto('Brokers', '3');
    await typeInto('Broker node capacity', '6');
    const summary = await merges();
    expect(summary).toHaveTextContent(
      'terraform apply grows the broker node groups to 2 node(s) per zone, room for 6 brokers',
    );
    expect(summary).toHaveTextContent(
      'When the Kafka tab shows 6 Ready broker nodes, run the "Scale brokers" change again',
    );
  });

  it('add-client: a KafkaUser on the chosen topics', async () => {
    const { created } = await renderForm(orders('add-client'));
    await screen.findByText(/Add client: /, {}, GUARD);
    await typeInto(/^Client name/, 'billing');
    await typeInto('Consumer groups', 'billing-*');
    expect(await merges()).toHaveTextContent('A KafkaUser billing with');
    const { desired } = await submit(created);
    expect(desired.request.clients[1]).toMatchObject({
      name: 'billing',
      topics: [{ name: 'orders.created', access: 'read' }],
      consumerGroups: ['billing-*'],
    });
    expect(desired.branch).toBe('add-client-billing');
  });

  it('upgrade-kafka: the version first, the metadata version after', async () => {
    const api = answeringApi(ordersClusterView);
    const older: ClusterRequestResponse = ordersRequestResponse(
      ordersClusterRequest({ kafkaVersion: '4.2.0' }),
    );
    api.getClusterRequest.mockResolvedValue(older);
    const { created } = await renderForm(orders('upgrade-kafka'), api);
    await screen.findByText(/Upgrade Kafka: /, {}, GUARD);

    await userEvent.click(
      screen.getByRole('button', { name: /Kafka version/ }),
    );
    await userEvent.click(
      within(screen.getByRole('listbox')).getByRole('option', {
        name: '4.3.1',
      }),
    );
    const summary = await merges();
    expect(summary).toHaveTextContent(
      'Strimzi rolls the controllers and then the brokers to Kafka 4.3.1',
    );
    expect(summary).toHaveTextContent(
      'raise metadataVersion to 4.3-IV0 in a separate change',
    );
    const { desired } = await submit(created);
    expect(desired.request).toMatchObject({
      kafkaVersion: '4.3.1',
      metadataVersion: '4.2-IV1',
    });
    expect(desired.title).toBe('Upgrade Kafka to 4.3.1');
  });
});
