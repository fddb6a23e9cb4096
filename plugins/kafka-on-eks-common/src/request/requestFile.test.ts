import {
  formatRequestFileProblems,
  readRequestFile,
  REQUEST_FILE,
  REQUEST_FILE_SCHEMA_VERSION,
} from './requestFile';

const SCHEMA_2 = [
  'schemaVersion: 2',
  'rendererVersion: 2',
  'generatedOn: 2026-12-02',
  'request:',
  '  name: orders',
  '  owner: group:default/team-a',
  '  region: eu-west-1',
  '  topics:',
  '    - name: orders.created',
  '      partitions: 12',
  '',
].join('\n');

describe(`readRequestFile (${REQUEST_FILE})`, () => {
  it('reads the request with its defaults, the renderer version and the generation day', () => {
    const read = readRequestFile(SCHEMA_2);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rendererVersion).toBe(2);
    expect(read.request.name).toBe('orders');
    expect(read.request.region).toBe('eu-west-1');
    expect(read.request.topics[0]).toMatchObject({
      name: 'orders.created',
      partitions: 12,
    });
    // Defaults are filled in, and the file's own day is the request's.
    expect(read.request.brokers.replicas).toBeGreaterThan(0);
    expect(read.request.generatedOn).toBe('2026-12-02');
  });

  it('says a schema 1 file was made by renderer 1', () => {
    const read = readRequestFile(
      'schemaVersion: 1\ngeneratedOn: 2026-12-02\nrequest:\n  name: orders\n  owner: group:default/team-a\n',
    );
    expect(read.ok && read.rendererVersion).toBe(1);
  });

  it('tells a file of a newer schema to upgrade the packages', () => {
    const read = readRequestFile(
      `schemaVersion: ${
        REQUEST_FILE_SCHEMA_VERSION + 1
      }\ngeneratedOn: 2026-12-02\nrequest: {}\n`,
    );
    expect(!read.ok && read.problems).toEqual([
      {
        path: 'schemaVersion',
        message: `is ${
          REQUEST_FILE_SCHEMA_VERSION + 1
        }, newer than this reader knows (up to ${REQUEST_FILE_SCHEMA_VERSION}): upgrade the @kafka-on-eks packages`,
      },
    ]);
  });

  it.each<[string, string, string]>([
    [
      'a newer schema version',
      'schemaVersion: 3\nrendererVersion: 2\ngeneratedOn: 2026-12-02\nrequest: {}\n',
      'schemaVersion',
    ],
    [
      'a schema version that is not a number',
      'schemaVersion: two\ngeneratedOn: 2026-12-02\nrequest: {}\n',
      'schemaVersion',
    ],
    [
      'no renderer version in a version 2 file',
      'schemaVersion: 2\ngeneratedOn: 2026-12-02\nrequest: {}\n',
      'rendererVersion',
    ],
    ['no generation day', 'schemaVersion: 1\nrequest: {}\n', 'generatedOn'],
    [
      'a broken request',
      'schemaVersion: 1\ngeneratedOn: 2026-12-02\nrequest:\n  name: X\n  owner: team-a\n',
      'request.name',
    ],
    ['a list', '- 1\n', ''],
    ['broken YAML', 'schemaVersion: [1\n', ''],
  ])('refuses %s, naming the field', (_, text, path) => {
    const read = readRequestFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problems[0].path).toBe(path);
  });

  it('formats problems as one line naming the file and each field', () => {
    expect(
      formatRequestFileProblems([
        { path: 'generatedOn', message: 'must be a YYYY-MM-DD date' },
        { path: '', message: 'must hold a mapping' },
      ]),
    ).toBe(
      'kafka-on-eks.yaml: generatedOn: must be a YYYY-MM-DD date; must hold a mapping',
    );
  });
});
