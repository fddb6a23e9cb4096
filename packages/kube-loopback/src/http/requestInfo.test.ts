import { parseRequest } from './requestInfo';

const parse = (method: string, path: string) =>
  parseRequest(method, new URL(path, 'http://x'));

describe('parseRequest', () => {
  it('decodes resource paths and verbs like the API server', () => {
    expect(
      parse('GET', '/api/v1/namespaces/kafka/persistentvolumeclaims'),
    ).toEqual({
      kind: 'resource',
      verb: 'list',
      group: '',
      version: 'v1',
      resource: 'persistentvolumeclaims',
      namespace: 'kafka',
    });
    expect(
      parse('GET', '/apis/kafka.strimzi.io/v1/kafkatopics?watch=1'),
    ).toMatchObject({
      verb: 'watch',
      group: 'kafka.strimzi.io',
      resource: 'kafkatopics',
    });
    expect(
      parse(
        'PUT',
        '/apis/kafka.strimzi.io/v1/namespaces/kafka/kafkatopics/t/status',
      ),
    ).toMatchObject({
      verb: 'update',
      name: 't',
      subresource: 'status',
    });
    expect(parse('DELETE', '/api/v1/namespaces/kafka/pods')).toMatchObject({
      verb: 'deletecollection',
    });
    expect(parse('GET', '/api/v1/watch/namespaces/kafka/pods')).toMatchObject({
      verb: 'watch',
    });
  });

  it('reads a namespace and its status as the namespaces resource', () => {
    expect(parse('GET', '/api/v1/namespaces/kafka')).toMatchObject({
      verb: 'get',
      resource: 'namespaces',
      name: 'kafka',
    });
    expect(parse('PUT', '/api/v1/namespaces/kafka/status')).toMatchObject({
      resource: 'namespaces',
      name: 'kafka',
      subresource: 'status',
    });
  });

  it('tells discovery, health and control apart', () => {
    expect(parse('GET', '/apis/kafka.strimzi.io/v1').kind).toBe('discovery');
    expect(parse('GET', '/version').kind).toBe('discovery');
    expect(parse('GET', '/readyz').kind).toBe('health');
    expect(parse('GET', '/_loopback/faults')).toEqual({
      kind: 'control',
      parts: ['faults'],
    });
    expect(parse('GET', '/metrics').kind).toBe('unknown');
  });
});
