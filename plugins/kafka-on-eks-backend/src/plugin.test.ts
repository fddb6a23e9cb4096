import { startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { kafkaOnEksPlugin } from './plugin';

describe('kafkaOnEksPlugin', () => {
  it('answers the health route without credentials', async () => {
    const { server } = await startTestBackend({ features: [kafkaOnEksPlugin] });

    const response = await request(server).get('/api/kafka-on-eks/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is mounted under its plugin id only', async () => {
    const { server } = await startTestBackend({ features: [kafkaOnEksPlugin] });

    const unknown = await request(server).get(
      '/api/kafka-on-eks/no-such-route',
    );
    const elsewhere = await request(server).get('/api/kafka/health');

    expect(unknown.status).toBe(404);
    expect(elsewhere.status).toBe(404);
  });
});
