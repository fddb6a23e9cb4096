import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { KAFKA_KUBERNETES_VERSION_FIELD } from '../fieldName';
import {
  KafkaKubernetesVersionPicker,
  validateKubernetesVersion,
} from './KafkaKubernetesVersionPicker';

// The real template's AWS page, so the test also covers its schema.
const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../../../templates/kafka-on-eks/template.yaml',
    ),
    'utf8',
  ),
);
const awsPage = template.spec.parameters.find(
  (page: any) => page.properties?.kubernetesVersion,
);

function renderOn(day: string, initialState: Record<string, string> = {}) {
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(`${day}T12:00:00Z`));
  const created = jest.fn(async () => {});
  renderInTestApp(
    <Stepper
      manifest={{
        title: 'Kafka on EKS',
        steps: [{ title: awsPage.title, schema: awsPage }],
      }}
      extensions={[
        {
          name: KAFKA_KUBERNETES_VERSION_FIELD,
          component: KafkaKubernetesVersionPicker,
          validation: validateKubernetesVersion,
        },
      ]}
      initialState={initialState}
      onCreate={created}
    />,
  );
  return { created };
}

async function offeredVersions() {
  await userEvent.click(
    await screen.findByRole('button', { name: /EKS Kubernetes version/ }),
  );
  const options = within(screen.getByRole('listbox')).getAllByRole('option');
  return options.map(o => o.textContent);
}

afterEach(() => jest.restoreAllMocks());

describe('KafkaKubernetesVersionPicker', () => {
  it('offers only the versions in standard support on the day, newest first', async () => {
    renderOn('2026-11-01');
    expect(await offeredVersions()).toEqual([
      '1.35 (standard support until 2027-03-27)',
      '1.34 (standard support until 2026-12-02)',
    ]);
  });

  it('says when standard support ends, and warns under 90 days', async () => {
    renderOn('2026-11-01');
    expect(
      await screen.findByText(
        'Standard support until 2027-03-27; the cluster upgrades itself then (upgrade policy STANDARD).',
      ),
    ).toBeInTheDocument();
    await offeredVersions();
    await userEvent.click(screen.getByRole('option', { name: /^1\.34/ }));
    expect(
      await screen.findByText(
        '1.34 leaves EKS standard support on 2026-12-02, in 31 days: EKS then upgrades it (upgrade policy STANDARD)',
      ),
    ).toBeInTheDocument();
  });

  it('replaces a version that has left standard support with the newest offered', async () => {
    renderOn('2026-12-02', { kubernetesVersion: '1.33' });
    expect(await offeredVersions()).toEqual([
      '1.35 (standard support until 2027-03-27)',
    ]);
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: /EKS Kubernetes version/ }),
      ).toHaveTextContent('1.35'),
    );
  });

  it('validates with the same rule as the action', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-02T00:00:00Z'));
    const errors: string[] = [];
    const validation = { addError: (e: string) => errors.push(e) } as any;
    validateKubernetesVersion('1.35', validation, {} as any);
    expect(errors).toEqual([]);
    validateKubernetesVersion('1.34', validation, {} as any);
    expect(errors).toEqual([
      '1.34 is not in EKS standard support today; pick one of: 1.35',
    ]);
  });
});
