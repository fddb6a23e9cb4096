import { parse, parseAllDocuments } from 'yaml';
import { largeRequest, requestWith } from './__fixtures__/requests';
import { renderRepository } from './renderRepository';

function fileOf(files: ReturnType<typeof renderRepository>, path: string) {
  const file = files.find(f => f.path === path);
  if (!file)
    throw new Error(`no ${path} among ${files.map(f => f.path).join(', ')}`);
  return file.content;
}

describe('renderRepository', () => {
  it('lays out Terraform, Kubernetes manifests, docs and catalog-info, each path once', () => {
    const files = renderRepository(requestWith());
    const paths = files.map(f => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) {
      expect(path).not.toMatch(/^\/|(^|\/)\.\.(\/|$)/);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        'README.md',
        'catalog-info.yaml',
        'mkdocs.yml',
        'docs/index.md',
      ]),
    );
    expect(
      paths.some(p => p.startsWith('terraform/') && p.endsWith('.tf')),
    ).toBe(true);
    expect(paths.some(p => p.startsWith('kubernetes/kafka/'))).toBe(true);
    expect(paths.some(p => p.startsWith('kubernetes/argocd/'))).toBe(true);
  });

  it('writes YAML that parses, in every file', () => {
    for (const request of [requestWith(), largeRequest()]) {
      // Helm chart templates are Go templates, not YAML.
      for (const file of renderRepository(request).filter(
        f => /\.ya?ml$/.test(f.path) && !f.path.includes('/templates/'),
      )) {
        const errors = parseAllDocuments(file.content).flatMap(d => d.errors);
        expect({ path: file.path, errors }).toEqual({
          path: file.path,
          errors: [],
        });
      }
    }
  });

  it('writes a catalog-info.yaml that points the plugins at the cluster', () => {
    const files = renderRepository(
      requestWith({
        system: 'system:default/payments',
        description: 'Orders: "quoted"\nkind: Group',
      }),
    );
    const entity = parse(fileOf(files, 'catalog-info.yaml'));
    expect(entity.kind).toBe('Resource');
    expect(entity.spec).toEqual({
      type: 'kafka-cluster',
      owner: 'group:default/team-a',
      system: 'system:default/payments',
    });
    expect(entity.metadata.annotations).toEqual({
      'backstage.io/kubernetes-cluster': 'orders',
      'backstage.io/kubernetes-namespace': 'kafka',
      'kafka-on-eks/kafka': 'orders',
      'backstage.io/kubernetes-label-selector': 'strimzi.io/cluster=orders',
      'backstage.io/techdocs-ref': 'dir:.',
    });
    // A description with quotes and a newline stays one value and adds no key.
    expect(entity.metadata.description).toBe('Orders: "quoted"\nkind: Group');
    expect(Object.keys(entity)).toEqual([
      'apiVersion',
      'kind',
      'metadata',
      'spec',
    ]);
  });

  it('leaves out system and description when not given', () => {
    const entity = parse(
      fileOf(renderRepository(requestWith()), 'catalog-info.yaml'),
    );
    expect(entity.spec.system).toBeUndefined();
    expect(entity.metadata.description).toBeUndefined();
  });

  it('explains the derived replication settings and lists the topics in the README', () => {
    const readme = fileOf(
      renderRepository(requestWith({ brokers: { replicas: 6 } })),
      'README.md',
    );
    expect(readme).toContain('With 6 broker(s)');
    expect(readme).toMatch(/`default\.replication\.factor`.* are \*\*3\*\*/);
    expect(readme).toContain(
      '`min.insync.replicas` (and `transaction.state.log.min.isr`) is **2**',
    );
    expect(readme).toContain(
      '| `orders.created` | 12 | 3 | 2 | 168 h | delete |',
    );
    expect(readme).toContain(
      'aws eks update-kubeconfig --region eu-west-1 --name orders',
    );
    expect(readme).toContain('Storage only grows and keeps its class');
    expect(readme).toContain('Scaling brokers: nodes first');
    expect(readme).toContain('Controllers are a static quorum');
  });

  it('derives smaller settings for a two-broker cluster', () => {
    const readme = fileOf(
      renderRepository(requestWith({ brokers: { replicas: 2 }, topics: [] })),
      'README.md',
    );
    expect(readme).toMatch(/are \*\*2\*\*/);
    expect(readme).toContain('is **1**');
  });

  it('escapes a description so it cannot inject HTML or Markdown into the docs', () => {
    const files = renderRepository(
      requestWith({ description: '<script>alert(1)</script>\n# Owned `x`' }),
    );
    for (const path of ['README.md', 'docs/index.md']) {
      const text = fileOf(files, path);
      expect(text).not.toContain('<script>');
      expect(text).toContain('&lt;script&gt;');
      expect(text).not.toMatch(/^# Owned/m);
    }
    expect(parse(fileOf(files, 'mkdocs.yml')).site_description).toBe(
      '<script>alert(1)</script>\n# Owned `x`',
    );
  });

  it('builds TechDocs with a nav over the generated pages', () => {
    const files = renderRepository(requestWith());
    const mkdocs = parse(fileOf(files, 'mkdocs.yml'));
    expect(mkdocs.plugins).toEqual(['techdocs-core']);
    for (const entry of mkdocs.nav) {
      const page = Object.values(entry)[0] as string;
      expect(files.some(f => f.path === `docs/${page}`)).toBe(true);
    }
  });
});
