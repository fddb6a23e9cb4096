import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

// Every workspace package by name, from the root's workspace folders.
function workspacePackages(): Map<string, { dependencies?: object }> {
  const packages = new Map();
  for (const folder of ['packages', 'plugins']) {
    for (const name of fs.readdirSync(path.join(ROOT, folder))) {
      const file = path.join(ROOT, folder, name, 'package.json');
      if (fs.existsSync(file)) {
        const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
        packages.set(pkg.name, pkg);
      }
    }
  }
  return packages;
}

// The workspace packages a package needs at run time, transitively.
function runtimeWorkspaceClosure(start: string): Set<string> {
  const packages = workspacePackages();
  const reached = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.pop()!;
    for (const dependency of Object.keys(
      packages.get(name)?.dependencies ?? {},
    )) {
      if (packages.has(dependency) && !reached.has(dependency)) {
        reached.add(dependency);
        queue.push(dependency);
      }
    }
  }
  return reached;
}

describe('the production backend', () => {
  it('reaches the kafka-on-eks packages at run time', () => {
    const closure = runtimeWorkspaceClosure('backend');
    expect(closure).toContain('@kafka-on-eks/plugin-kafka-on-eks-backend');
    expect(closure).toContain(
      '@kafka-on-eks/plugin-scaffolder-backend-module-kafka-on-eks',
    );
  });

  it('never reaches the demo module or the loopback Kubernetes API at run time', () => {
    const closure = runtimeWorkspaceClosure('backend');
    expect(closure).not.toContain(
      '@kafka-on-eks/plugin-kafka-on-eks-backend-module-demo',
    );
    expect(closure).not.toContain('@internal/kube-loopback');
  });

  it('is what the demo portal builds on, with the demo module added', () => {
    const closure = runtimeWorkspaceClosure('demo-backend');
    expect(closure).toContain('backend');
    expect(closure).toContain('@internal/kube-loopback');
  });
});
