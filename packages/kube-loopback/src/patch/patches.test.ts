import {
  jsonPatch,
  mergePatch,
  serverSideApply,
  strategicMergePatch,
} from './patches';

describe('patches', () => {
  const topic = {
    metadata: { name: 't', labels: { a: '1', b: '2' } },
    spec: { partitions: 3, config: { 'retention.ms': 1 } },
  };

  it('merge patch merges maps, removes nulls and replaces lists', () => {
    expect(
      mergePatch(topic, {
        metadata: { labels: { a: null, c: '3' } },
        spec: { config: null, replicas: [1] },
      }),
    ).toEqual({
      metadata: { name: 't', labels: { b: '2', c: '3' } },
      spec: { partitions: 3, replicas: [1] },
    });
    expect(topic.metadata.labels.a).toBe('1');
  });

  it('strategic merge patch drops kubectl directives', () => {
    expect(
      strategicMergePatch(
        { spec: { containers: [{ name: 'a' }] } },
        {
          $retainKeys: ['x'],
          spec: {
            containers: [{ name: 'b' }],
            '$setElementOrder/containers': [],
          },
        },
      ),
    ).toEqual({ spec: { containers: [{ name: 'b' }] } });
  });

  it('server-side apply keeps fields the configuration leaves out', () => {
    expect(serverSideApply(topic, { spec: { partitions: 6 } })).toEqual({
      ...topic,
      spec: { partitions: 6, config: { 'retention.ms': 1 } },
    });
  });

  it('JSON patch supports every operation and fails on a missing path', () => {
    const patched = jsonPatch(topic, [
      { op: 'add', path: '/metadata/labels/c', value: '3' },
      { op: 'remove', path: '/metadata/labels/a' },
      { op: 'replace', path: '/spec/partitions', value: 6 },
      { op: 'copy', from: '/spec/partitions', path: '/spec/replicas' },
      { op: 'move', from: '/spec/config', path: '/spec/settings' },
      { op: 'test', path: '/spec/replicas', value: 6 },
      { op: 'add', path: '/spec/list', value: [] },
      { op: 'add', path: '/spec/list/-', value: 'x' },
      { op: 'add', path: '/spec/list/0', value: 'first' },
    ]);
    expect(patched).toEqual({
      metadata: { name: 't', labels: { b: '2', c: '3' } },
      spec: {
        partitions: 6,
        replicas: 6,
        settings: { 'retention.ms': 1 },
        list: ['first', 'x'],
      },
    });
    expect(() =>
      jsonPatch(topic, [{ op: 'remove', path: '/spec/nope' }]),
    ).toThrow('doc is missing path: "/spec/nope"');
    expect(() =>
      jsonPatch(topic, [{ op: 'test', path: '/spec/partitions', value: 4 }]),
    ).toThrow(/testing value/);
  });
});
