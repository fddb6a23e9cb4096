import { parse } from 'yaml';
import { renderRepository } from './renderRepository';
import {
  readRequestFile,
  RENDERER_VERSION,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
} from './requestFile';
import { readRequestFile as commonReadRequestFile } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { largeRequest, requestWith } from './__fixtures__/requests';

const requests = {
  default: () => requestWith(),
  large: () => largeRequest(),
  'two zones, clients, tls, private options': () =>
    requestWith({
      zones: 2,
      clientAuthentication: 'tls',
      apiAccessCidrs: ['203.0.113.0/24'],
      portalRoleArn: 'arn:aws:iam::123456789012:role/backstage',
      ebsKmsKeyArn:
        'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      brokers: { iops: 6000, throughputMiBps: 250 },
      clients: [
        {
          name: 'orders-service',
          component: 'component:default/orders-service',
          topics: [{ name: 'orders.created', access: 'readwrite' }],
          consumerGroups: ['orders-*'],
        },
      ],
    }),
};

function requestFileOf(files: Array<{ path: string; content: string }>) {
  const file = files.find(f => f.path === REQUEST_FILE);
  if (!file) throw new Error(`${REQUEST_FILE} was not rendered`);
  return file.content;
}

describe('kafka-on-eks.yaml', () => {
  it.each(Object.entries(requests))(
    'round-trips the %s request: parse it, re-render, identical files',
    (_, make) => {
      const request = make();
      const files = renderRepository(request);
      const read = readRequestFile(requestFileOf(files));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.request).toEqual(request);
      expect(read.rendererVersion).toBe(RENDERER_VERSION);
      expect(renderRepository(read.request)).toEqual(files);
    },
  );

  it('holds a schema version, the generation day and the request with its defaults', () => {
    const request = requestWith({ zones: 2 });
    const file = parse(requestFileOf(renderRepository(request)));
    expect(file.schemaVersion).toBe(REQUEST_FILE_SCHEMA_VERSION);
    expect(file.rendererVersion).toBe(RENDERER_VERSION);
    expect(file.generatedOn).toBe('2026-12-02');
    expect(file.request.zones).toBe(2);
    expect(file.request.brokers.replicas).toBe(request.brokers.replicas);
    expect(file.request.clientAuthentication).toBe('scram-sha-512');
    expect(file.request.generatedOn).toBeUndefined();
  });

  it('re-renders on a later day exactly as on the day it was generated', () => {
    // 1.35 is out of standard support by 2027-04; the file's own day decides.
    const files = renderRepository(requestWith());
    const read = readRequestFile(requestFileOf(files));
    expect(read.ok && read.request.generatedOn).toBe('2026-12-02');
  });

  it('is read by the reader of -common, re-exported here', () => {
    expect(readRequestFile).toBe(commonReadRequestFile);
  });
});
