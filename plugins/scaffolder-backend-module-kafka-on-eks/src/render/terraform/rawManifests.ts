import type { RenderedFile } from '../types';

/** A local chart that applies raw manifests, inside the bootstrap stage. */
export const RAW_MANIFESTS_CHART = 'charts/raw-manifests';

/** The local chart's files, under `dir` (the bootstrap stage's folder). */
export function rawManifestsChart(dir: string): RenderedFile[] {
  const chart = `${dir}/${RAW_MANIFESTS_CHART}`;
  return [
    {
      path: `${chart}/Chart.yaml`,
      content: [
        'apiVersion: v2',
        'name: raw-manifests',
        'description: >-',
        '  Applies the manifests given in .Values.manifests. Terraform uses it for',
        '  kinds without a typed resource, since kubernetes_manifest needs a',
        '  reachable API server and the CRDs at plan time.',
        'type: application',
        'version: 0.1.0',
        '',
      ].join('\n'),
    },
    { path: `${chart}/values.yaml`, content: 'manifests: []\n' },
    {
      path: `${chart}/templates/manifests.yaml`,
      content: [
        '{{- range .Values.manifests }}',
        '---',
        '{{ toYaml . }}',
        '{{- end }}',
        '',
      ].join('\n'),
    },
  ];
}
