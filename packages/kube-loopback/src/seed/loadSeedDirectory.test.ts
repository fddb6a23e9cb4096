import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startKubeLoopback } from '../KubeLoopback';
import { loadSeedDirectory } from './loadSeedDirectory';

const fixture = (name: string) =>
  path.resolve(__dirname, '../__fixtures__', name);

describe('loadSeedDirectory', () => {
  it('reads every YAML file by path, all documents, unpacking Lists', () => {
    const objects = loadSeedDirectory(fixture('seed')) as any[];
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/streaming',
      'Kafka/events',
      'KafkaTopic/clicks',
      'StorageClass/gp3',
      'PersistentVolumeClaim/data-0-events-broker-0',
    ]);
  });

  it('seeds a server, serving v1beta2 Strimzi objects at the version it plays', async () => {
    const server = await startKubeLoopback({
      objects: loadSeedDirectory(fixture('seed')),
    });
    try {
      const res = await fetch(
        `${server.url}/apis/kafka.strimzi.io/v1/namespaces/streaming/kafkatopics/clicks`,
      );
      expect(await res.json()).toMatchObject({
        apiVersion: 'kafka.strimzi.io/v1',
        metadata: {
          name: 'clicks',
          labels: { 'strimzi.io/cluster': 'events' },
        },
      });
    } finally {
      await server.close();
    }
  });

  it('names the file on bad YAML', () => {
    // Written at run time: a broken YAML file in the repository would break prettier.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kube-loopback-seed-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'topic.yaml'),
        'apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: broken\n  labels: {strimzi.io/cluster: events\n',
      );
      expect(() => loadSeedDirectory(dir)).toThrow(
        /topic\.yaml: invalid YAML in document 1: /,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file, document and fields when an object lacks them', () => {
    expect(() => loadSeedDirectory(fixture('missing-fields'))).toThrow(
      /missing-fields\/topic\.yaml document 2: missing kind, metadata\.name$/,
    );
  });

  it('fails clearly for a folder that does not exist', () => {
    expect(() => loadSeedDirectory(fixture('nope'))).toThrow(
      /^seed directory .*nope does not exist$/,
    );
  });
});
