import { strimziHelmValues as chartValues } from '@internal/reference-data';
import { STRIMZI_VERSION } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
} from './__testUtils__/documents';
import { strimziHelmValues } from './argocd';

const documents = renderDocuments(requestWith());
const operator = onlyDocument(documents, 'Application', 'strimzi-operator');
const kafka = onlyDocument(documents, 'Application', 'orders-kafka');
const wave = (app: any) =>
  Number(app.metadata.annotations['argocd.argoproj.io/sync-wave']);

describe('Argo CD Applications', () => {
  it('are the only documents in kubernetes/argocd, in the argocd namespace', () => {
    const inFolder = documents.filter(d =>
      d.path.startsWith('kubernetes/argocd/'),
    );
    expect(inFolder.map(d => d.value.kind)).toEqual([
      'Application',
      'Application',
      'Application',
    ]);
    expect(
      documentsOfKind(documents, 'Application').map(a => a.metadata.namespace),
    ).toEqual(['argocd', 'argocd', 'argocd']);
  });

  it('install the operator from the OCI chart, before the Kafka', () => {
    const [chart] = operator.spec.sources;
    expect(chart).toEqual({
      repoURL: 'oci://quay.io/strimzi-helm/strimzi-kafka-operator',
      targetRevision: STRIMZI_VERSION,
      path: '.',
      helm: { valuesObject: { watchNamespaces: ['kafka'] } },
    });
    expect(STRIMZI_VERSION).toBe('1.2.0');
    expect(operator.spec.destination.namespace).toBe('strimzi');
    expect(wave(operator)).toBeLessThan(wave(kafka));
  });

  it("use only keys of the chart's values.yaml", () => {
    const known = chartValues();
    for (const key of Object.keys(strimziHelmValues())) {
      expect([key, Object.hasOwn(known, key)]).toEqual([key, true]);
    }
    expect(Array.isArray(known.watchNamespaces)).toBe(true);
  });

  it('sync the Kafka folder of this repository into the kafka namespace', () => {
    expect(kafka.spec.source).toEqual({
      repoURL: 'https://github.com/acme/orders-kafka.git',
      targetRevision: 'HEAD',
      path: 'kubernetes/kafka',
      directory: { exclude: 'namespace.yaml' },
    });
    expect(kafka.spec.destination.namespace).toBe('kafka');
  });

  it('create the Kafka namespace with the operator, whose RoleBinding needs it', () => {
    const namespaceSource = operator.spec.sources[1];
    expect(namespaceSource).toMatchObject({
      repoURL: kafka.spec.source.repoURL,
      path: kafka.spec.source.path,
      directory: { include: 'namespace.yaml' },
    });
    const namespace = onlyDocument(documents, 'Namespace');
    expect(namespace.metadata.name).toBe('kafka');
    expect(documents.find(d => d.value.kind === 'Namespace')!.path).toBe(
      'kubernetes/kafka/namespace.yaml',
    );
  });

  it('sync automatically, with prune, self-heal and retries', () => {
    for (const app of [operator, kafka]) {
      expect(app.spec.syncPolicy.automated).toEqual({
        prune: true,
        selfHeal: true,
      });
      expect(app.spec.syncPolicy.syncOptions).toContain('CreateNamespace=true');
      expect(app.spec.syncPolicy.retry.limit).toBeGreaterThan(0);
    }
    expect(operator.spec.syncPolicy.syncOptions).toContain(
      'ServerSideApply=true',
    );
  });

  it('fall back to a placeholder repository without a repoUrl', () => {
    const request = requestWith();
    delete request.repoUrl;
    const app = onlyDocument(
      renderDocuments(request),
      'Application',
      'orders-kafka',
    );
    expect(app.spec.source.repoURL).toBe(
      'https://github.com/REPLACE-ME/orders.git',
    );
  });
});

describe('PodMonitors', () => {
  const monitors = documentsOfKind(documents, 'PodMonitor');

  it('scrape the Kafka pods, the entity operator and the cluster operator', () => {
    expect(
      monitors.map(m => [
        m.metadata.name,
        m.spec.podMetricsEndpoints.map((e: any) => e.port),
      ]),
    ).toEqual([
      ['orders-kafka', ['tcp-prometheus']],
      ['orders-entity-operator', ['healthcheck-to', 'healthcheck-uo']],
      ['strimzi-cluster-operator', ['http']],
    ]);
    expect(monitors[0].spec.selector.matchLabels).toEqual({
      'strimzi.io/cluster': 'orders',
    });
    expect(monitors[2].spec.namespaceSelector).toEqual({
      matchNames: ['strimzi'],
    });
    expect(
      monitors.every(m => m.apiVersion === 'monitoring.coreos.com/v1'),
    ).toBe(true);
  });

  it('have their CRD installed by an Argo CD Application in the operator wave', () => {
    const crds = onlyDocument(
      documents,
      'Application',
      'prometheus-operator-crds',
    );
    expect(crds.spec.source).toEqual({
      repoURL: 'https://prometheus-community.github.io/helm-charts',
      chart: 'prometheus-operator-crds',
      targetRevision: '16.0.0',
    });
    expect(wave(crds)).toBe(wave(operator));
    expect(wave(crds)).toBeLessThan(
      Number(monitors[0].metadata.annotations['argocd.argoproj.io/sync-wave']),
    );
    expect(crds.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  it('come after the Kafka and do not block the sync without Prometheus Operator', () => {
    for (const monitor of monitors) {
      expect(monitor.metadata.annotations).toEqual({
        'argocd.argoproj.io/sync-wave': '1',
        'argocd.argoproj.io/sync-options': 'SkipDryRunOnMissingResource=true',
      });
    }
  });
});
