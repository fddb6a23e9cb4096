import { expect, test, type APIRequestContext } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { guestToken } from './signIn';

// The live view through the real portal: the kafka-on-eks backend watches
// the demo Kubernetes API the embedded default starts, and serves each demo
// entity's Kafka. Expectations are read from the same seed files.
const seedDirectory = path.resolve(__dirname, '../../kube-loopback/demo');
const seed: any[] = fs
  .readdirSync(seedDirectory)
  .filter(file => file.endsWith('.yaml'))
  .flatMap(file =>
    parseAllDocuments(
      fs.readFileSync(path.join(seedDirectory, file), 'utf8'),
    ).map(doc => doc.toJSON()),
  )
  .filter(Boolean);

const ofKafka = (kind: string, kafka: string) =>
  seed.filter(
    o => o.kind === kind && o.metadata.labels?.['strimzi.io/cluster'] === kafka,
  );

async function view(request: APIRequestContext, entity: string) {
  const token = await guestToken(request);
  const headers = { Authorization: `Bearer ${token}` };
  // The watch cache fills in the background right after the portal starts.
  let body: any;
  await expect(async () => {
    const response = await request.get(
      `/api/kafka-on-eks/v1/entities/resource/default/${entity}`,
      { headers },
    );
    expect(response.status()).toBe(200);
    body = await response.json();
    expect(body.kafka.found).toBe(true);
    expect(body.topics.length).toBeGreaterThan(0);
    expect(body.volumes.length).toBeGreaterThan(0);
  }).toPass({ timeout: 30_000 });
  return body;
}

test('the orders-kafka entity shows the live Ready cluster with its topics and EBS volumes', async ({
  request,
}) => {
  const body = await view(request, 'orders-kafka');

  expect(body.errors).toEqual([]);
  expect(body.kafka.ready).toBe('Ready');
  expect(body.topics.map((t: any) => t.resourceName).sort()).toEqual(
    ofKafka('KafkaTopic', 'orders-kafka')
      .map(t => t.metadata.name)
      .sort(),
  );
  const claims = ofKafka('PersistentVolumeClaim', 'orders-kafka');
  expect(body.volumes.map((v: any) => v.pvc).sort()).toEqual(
    claims.map(c => c.metadata.name).sort(),
  );
  for (const volume of body.volumes) {
    expect(volume.ebsVolumeId).toMatch(/^vol-[0-9a-f]{17}$/);
    expect(volume.zone).toMatch(/^us-east-1[abc]$/);
  }
  const zones = new Set(
    body.nodePools.flatMap((p: any) => p.pods.map((pod: any) => pod.zone)),
  );
  expect(zones.size).toBe(3);
});

test('the payments-kafka entity shows why it is NotReady', async ({
  request,
}) => {
  const body = await view(request, 'payments-kafka');
  const seeded = seed.find(
    o => o.kind === 'Kafka' && o.metadata.name === 'payments-kafka',
  );
  const notReady = seeded.status.conditions.find(
    (c: any) => c.type === 'NotReady',
  );

  expect(body.kafka.ready).toBe('NotReady');
  expect(body.kafka.reason).toBe(notReady.reason);
  expect(body.kafka.message).toBe(notReady.message);
});

test('an entity without the Kafka annotations gets a 400 naming them', async ({
  request,
}) => {
  const token = await guestToken(request);
  const response = await request.get(
    '/api/kafka-on-eks/v1/entities/component/default/orders-service',
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toContain('kafka-on-eks/kafka');
});
