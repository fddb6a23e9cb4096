import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { KAFKA_SIZING_ASSISTANT_FIELD } from '../fieldName';
import { KafkaSizingAssistant } from './KafkaSizingAssistant';

type TestAppConfig = NonNullable<
  Parameters<typeof renderInTestApp>[1]
>['config'];

// The real template's brokers page, so the test also covers its schema.
const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../../../templates/kafka-on-eks/template.yaml',
    ),
    'utf8',
  ),
);
const brokersPage = template.spec.parameters.find(
  (page: any) => page.properties?.brokers,
);

function renderForm(options: { zones?: number; config?: TestAppConfig } = {}): {
  created: jest.Mock;
} {
  const created = jest.fn(async () => {});
  renderInTestApp(
    <Stepper
      manifest={{
        title: 'Kafka on EKS',
        steps: [{ title: brokersPage.title, schema: brokersPage }],
      }}
      extensions={[
        { name: KAFKA_SIZING_ASSISTANT_FIELD, component: KafkaSizingAssistant },
      ]}
      initialState={{ zones: options.zones ?? 3 }}
      onCreate={created}
    />,
    { config: options.config ?? {} },
  );
  return { created };
}

const input = (label: string) =>
  screen.getByLabelText(label, { selector: 'input' }) as HTMLInputElement;
const recommendation = () =>
  within(screen.getByRole('table', { name: 'Sizing recommendation' }));
const rowText = (name: string) =>
  recommendation().getByRole('rowheader', { name }).closest('tr')!.textContent;

async function typeInto(label: string, text: string) {
  await userEvent.clear(input(label));
  if (text) await userEvent.type(input(label), text);
}

describe('KafkaSizingAssistant', () => {
  it('asks for the throughput before recommending anything', async () => {
    renderForm();
    expect(
      await screen.findByText(
        'Enter the peak write throughput to get a recommendation.',
      ),
    ).toBeInTheDocument();
    expect(input('Retention (hours)').value).toBe('168');
    expect(input('Replication factor').value).toBe('3');
    expect(input('Headroom (fraction)').value).toBe('0.2');
    expect(input('Volume size per broker (GiB)').value).toBe('500');
  });

  it('recommends as the user types and fills the broker fields', async () => {
    renderForm();
    await screen.findByText(/Enter the peak write throughput/);
    await typeInto('Peak write throughput (MB/s)', '10');

    // 10 MB/s × 168 h × RF 3 = 16,897.92 GiB ÷ 3 ÷ 0.85 × 1.2 → 7,952 GiB, st1;
    // 3 × 7,952 × $0.045 = $1,073.52; Kinesis max(10, 10 × 2 ÷ 2) = 10.
    expect(rowText('Recommended brokers')).toContain('3');
    expect(rowText('Volume per broker')).toContain('7,952 GiB');
    expect(rowText('Volume type')).toContain('st1');
    expect(rowText('Monthly EBS cost')).toContain('$1,073.52');
    expect(rowText('Kinesis Data Streams (comparison only)')).toContain(
      '10 shards',
    );
    expect(input('Volume size per broker (GiB)').value).toBe('7952');
    expect(screen.getByLabelText('EBS volume type')).toHaveTextContent('st1');
    // The template's st1 rule still reaches the plain field.
    expect(input('Volume size per broker (GiB)').min).toBe('125');
    expect(
      screen.getByText(/Monthly EBS cost of the brokers below:/),
    ).toHaveTextContent('$1,073.52');

    // A longer retention: 10 × 720 h × 3 = 72,419.64 GiB ÷ 3 ÷ 0.85 × 1.2 =
    // 34,079.83 → 34,080 GiB, beyond st1's 16,384: gp3, 3 × 34,080 × $0.08.
    await typeInto('Retention (hours)', '720');
    expect(input('Volume size per broker (GiB)').value).toBe('34080');
    expect(screen.getByLabelText('EBS volume type')).toHaveTextContent('gp3');
    expect(rowText('Monthly EBS cost')).toContain('$8,179.20');
    expect(screen.queryByRole('alert', { name: 'Sizing warnings' })).toBeNull();
  });

  it('keeps an override and warns when it breaks a rule', async () => {
    renderForm();
    await screen.findByText(/Enter the peak write throughput/);
    await typeInto('Peak write throughput (MB/s)', '10');
    await typeInto('Volume size per broker (GiB)', '500');

    expect(input('Volume size per broker (GiB)').value).toBe('500');
    // 16,897.92 GiB ÷ 3 = 5,632.64 per broker ÷ 0.85 → at least 6,627 GiB.
    const warnings = screen.getByRole('alert', { name: 'Sizing warnings' });
    expect(warnings).toHaveTextContent(
      'too small for the retention: each of 3 brokers keeps 5,633 GiB',
    );
    expect(warnings).toHaveTextContent('needs at least 6,627 GiB');
    // 3 × 500 GiB st1 × $0.045 = $67.50.
    expect(
      screen.getByText(/Monthly EBS cost of the brokers below:/),
    ).toHaveTextContent('$67.50');

    await typeInto('Volume size per broker (GiB)', '100');
    expect(
      screen.getByRole('alert', { name: 'Sizing warnings' }),
    ).toHaveTextContent('st1 volumes must be at least 125 GiB');

    await userEvent.click(
      screen.getByRole('button', { name: 'Apply recommendation' }),
    );
    expect(input('Volume size per broker (GiB)').value).toBe('7952');
    expect(screen.queryByRole('alert', { name: 'Sizing warnings' })).toBeNull();
  });

  it('rejects a zero throughput naming the field', async () => {
    renderForm();
    await screen.findByText(/Enter the peak write throughput/);
    await typeInto('Peak write throughput (MB/s)', '0');
    expect(
      screen.getByText('peakWriteMBps: must be greater than 0'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Correct the inputs above to see a recommendation.'),
    ).toBeInTheDocument();
    expect(input('Volume size per broker (GiB)').value).toBe('500');
  });

  it('sizes for the zones of the AWS page', async () => {
    renderForm({ zones: 2 });
    expect(
      await screen.findByText(/for 2 availability zones/),
    ).toBeInTheDocument();
    // RF 2 and 2 zones: 2 brokers.
    await typeInto('Replication factor', '2');
    await typeInto('Peak write throughput (MB/s)', '1');
    expect(rowText('Recommended brokers')).toMatch(/^Recommended brokers2/);
  });

  it('costs with the prices a platform team configured', async () => {
    renderForm({
      config: {
        kafkaOnEks: {
          sizing: {
            prices: {
              region: 'eu-west-1',
              currency: 'EUR',
              st1: { storagePerGiBMonth: 0.05 },
            },
          },
        },
      },
    });
    await screen.findByText(/Enter the peak write throughput/);
    await typeInto('Peak write throughput (MB/s)', '10');
    // 3 × 7,952 GiB × €0.05 = €1,192.80.
    expect(rowText('Monthly EBS cost')).toContain('€1,192.80');
    expect(rowText('Monthly EBS cost')).toContain('at eu-west-1 prices');
  });

  it('passes the sizing inputs and the filled brokers on to the review', async () => {
    const { created } = renderForm();
    await screen.findByText(/Enter the peak write throughput/);
    await typeInto('Peak write throughput (MB/s)', '10');
    await userEvent.click(screen.getByRole('button', { name: 'Review' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create' })).toBeEnabled(),
    );
    expect(screen.getAllByText('7952').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(created).toHaveBeenCalledWith(
      expect.objectContaining({
        zones: 3,
        brokers: expect.objectContaining({
          replicas: 3,
          storageClass: 'st1',
          volumeSizeGi: 7952,
          sizing: {
            peakWriteMBps: 10,
            readFanout: 2,
            retentionHours: 168,
            replicationFactor: 3,
            headroom: 0.2,
          },
        }),
      }),
    );
  });
});
