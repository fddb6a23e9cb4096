import { strimziHelmValues as chartValues } from '@internal/reference-data';
import { STRIMZI_VERSION } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { requestWith } from '../__fixtures__/requests';
import {
  documentsOfKind,
  onlyDocument,
  renderDocuments,
} from './__testUtils__/documents';
import { requestWithClients } from './__testUtils__/requests';
import { strimziHelmValues } from './argocd';

const documents = renderDocuments(requestWith());
const applications = documentsOfKind(documents, 'Application');
const app = (name: string) => onlyDocument(documents, 'Application', name);
const operator = app('strimzi-operator');
const kafka = app('orders-kafka');
const wave = (a: any) =>
  Number(a.metadata.annotations['argocd.argoproj.io/sync-wave']);
const REPO = 'git@github.com:acme/orders-kafka.git';
/** Every source of an Application, single or multi-source. */
const sources = (a: any): any[] => a.spec.sources ?? [a.spec.source];

describe('Argo CD Applications', () => {
  it('are the only documents in kubernetes/argocd, in the argocd namespace', () => {
    const inFolder = documents.filter(d =>
      d.path.startsWith('kubernetes/argocd/'),
    );
    expect(new Set(inFolder.map(d => d.value.kind))).toEqual(
      new Set(['Application']),
    );
    expect(applications.map(a => a.metadata.name).sort()).toEqual([
      'cert-manager',
      'kube-prometheus-stack',
      'orders-kafka',
      'prometheus-operator-crds',
      'strimzi-crds',
      'strimzi-drain-cleaner',
      'strimzi-operator',
    ]);
    expect(new Set(applications.map(a => a.metadata.namespace))).toEqual(
      new Set(['argocd']),
    );
  });

  it('every Application has the kafka label and targets gitopsRevision', () => {
    const request = requestWithClients({ gitopsRevision: 'v2' });
    const apps = documentsOfKind(renderDocuments(request), 'Application');
    expect(apps.length).toBeGreaterThan(7);
    for (const a of apps) {
      expect([a.metadata.name, a.metadata.labels]).toEqual([
        a.metadata.name,
        { 'kafka-on-eks/kafka': 'orders' },
      ]);
      for (const source of sources(a).filter(s => s.repoURL === REPO)) {
        expect([a.metadata.name, source.targetRevision]).toEqual([
          a.metadata.name,
          'v2',
        ]);
      }
    }
    const text = JSON.stringify(apps);
    expect(text).not.toContain('HEAD');
  });

  it('pin every chart to an exact version', () => {
    for (const a of applications) {
      for (const source of sources(a).filter(s => s.repoURL !== REPO)) {
        expect([a.metadata.name, source.targetRevision]).toEqual([
          a.metadata.name,
          expect.stringMatching(/^v?\d+\.\d+\.\d+$/),
        ]);
      }
    }
  });

  it('install the operator from the OCI chart without its CRDs, before the Kafka', () => {
    const [chart] = operator.spec.sources;
    expect(chart).toEqual({
      repoURL: 'oci://quay.io/strimzi-helm/strimzi-kafka-operator',
      targetRevision: STRIMZI_VERSION,
      path: '.',
      helm: { skipCrds: true, valuesObject: { watchNamespaces: ['kafka'] } },
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
      repoURL: REPO,
      targetRevision: 'main',
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

  it('sync automatically, with self-heal and retries; prune all but the CRDs', () => {
    for (const a of applications) {
      expect(a.spec.syncPolicy.automated.selfHeal).toBe(true);
      expect(a.spec.syncPolicy.retry.limit).toBeGreaterThan(0);
      expect([a.metadata.name, a.spec.syncPolicy.automated.prune]).toEqual([
        a.metadata.name,
        a.metadata.name !== 'strimzi-crds',
      ]);
    }
    for (const a of [operator, kafka]) {
      expect(a.spec.syncPolicy.syncOptions).toContain('CreateNamespace=true');
    }
  });

  it('cascade deletion to what they synced, except the Strimzi CRDs', () => {
    for (const a of applications) {
      expect([a.metadata.name, a.metadata.finalizers]).toEqual([
        a.metadata.name,
        a.metadata.name === 'strimzi-crds'
          ? undefined
          : ['resources-finalizer.argocd.argoproj.io'],
      ]);
    }
  });

  it('order the waves: CRDs, operators, the Kafka and what watches it, then clients', () => {
    const waves = Object.fromEntries(
      documentsOfKind(renderDocuments(requestWithClients()), 'Application').map(
        a => [a.metadata.name, wave(a)],
      ),
    );
    expect(waves['strimzi-crds']).toBeLessThan(waves['strimzi-operator']);
    expect(waves['prometheus-operator-crds']).toBeLessThan(
      waves['kube-prometheus-stack'],
    );
    expect(waves['cert-manager']).toBeLessThan(waves['strimzi-drain-cleaner']);
    expect(waves['strimzi-operator']).toBeLessThan(waves['orders-kafka']);
    expect(waves['orders-kafka']).toBeLessThan(waves['orders-clients-orders']);
  });

  it('fall back to a placeholder repository without a repoUrl', () => {
    const request = requestWith();
    delete request.repoUrl;
    expect(
      onlyDocument(renderDocuments(request), 'Application', 'orders-kafka').spec
        .source.repoURL,
    ).toBe('git@github.com:REPLACE-ME/orders.git');
  });
});

describe('Strimzi CRDs', () => {
  const crds = app('strimzi-crds');
  const kustomization = onlyDocument(documents, 'Kustomization');

  it('come from the pinned release asset through Kustomize in this repository', () => {
    expect(crds.spec.source).toEqual({
      repoURL: REPO,
      targetRevision: 'main',
      path: 'kubernetes/strimzi-crds',
    });
    expect(documents.find(d => d.value.kind === 'Kustomization')!.path).toBe(
      'kubernetes/strimzi-crds/kustomization.yaml',
    );
    expect(kustomization.resources).toEqual([
      `https://github.com/strimzi/strimzi-kafka-operator/releases/download/${STRIMZI_VERSION}/strimzi-crds-${STRIMZI_VERSION}.yaml`,
    ]);
    expect(crds.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });
});

describe('Drain Cleaner', () => {
  const drainCleaner = app('strimzi-drain-cleaner');

  it('installs the pinned OCI chart with its certificate from cert-manager', () => {
    expect(drainCleaner.spec.source).toMatchObject({
      repoURL: 'oci://quay.io/strimzi-helm/strimzi-drain-cleaner',
      targetRevision: '1.6.0',
      path: '.',
    });
    expect(drainCleaner.spec.source.helm.valuesObject.certManager).toEqual({
      create: true,
    });
    expect(app('cert-manager').spec.source.helm.valuesObject).toEqual({
      crds: { enabled: true },
    });
  });
});

describe('Monitoring', () => {
  const stack = app('kube-prometheus-stack');
  const values = stack.spec.source.helm.valuesObject;
  const monitors = documentsOfKind(documents, 'PodMonitor');

  it('deploys kube-prometheus-stack into the monitoring namespace, picking up every PodMonitor', () => {
    expect(stack.spec.source).toMatchObject({
      repoURL: 'https://prometheus-community.github.io/helm-charts',
      chart: 'kube-prometheus-stack',
      targetRevision: '88.5.3',
    });
    expect(stack.spec.destination.namespace).toBe('monitoring');
    expect(values.prometheus.prometheusSpec).toMatchObject({
      podMonitorSelectorNilUsesHelmValues: false,
      serviceMonitorSelectorNilUsesHelmValues: false,
    });
    // CRDs come from their own app; Grafana is off; the kubelet stays on.
    expect(values.crds.enabled).toBe(false);
    expect(values.grafana.enabled).toBe(false);
    expect(values).not.toHaveProperty('kubelet');
  });

  it('installs the Prometheus Operator CRDs from a current chart, server-side', () => {
    const crds = app('prometheus-operator-crds');
    expect(crds.spec.source).toEqual({
      repoURL: 'https://prometheus-community.github.io/helm-charts',
      chart: 'prometheus-operator-crds',
      targetRevision: '31.0.1',
    });
    expect(crds.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  it('scrapes the Kafka pods, the entity operator and the cluster operator', () => {
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

  it('keeps strimzi_io_cluster on every target (Prometheus adds namespace)', () => {
    for (const endpoint of monitors.flatMap(m => m.spec.podMetricsEndpoints)) {
      expect(endpoint.relabelings).toContainEqual({
        action: 'labelmap',
        regex: '__meta_kubernetes_pod_label_(strimzi_io_.+)',
        replacement: '$1',
      });
    }
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
