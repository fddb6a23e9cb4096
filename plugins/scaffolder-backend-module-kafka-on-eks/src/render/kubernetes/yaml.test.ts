import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { toYaml, yamlFile } from './yaml';

// Strings YAML would read as something else, or as more than one value.
const HOSTILE = [
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '~',
  'null',
  'true',
  '123',
  '0x1F',
  '0o17',
  '012',
  '1_000',
  '0b101',
  '1e3',
  '.inf',
  '.NaN',
  '2001-12-14',
  '1:20',
  '',
  ' padded ',
  'a: b',
  '- item',
  '# comment',
  '*alias',
  '&anchor',
  '!!binary',
  '{ flow: map }',
  '[flow, list]',
  '"quoted"',
  "'single'",
  '%YAML 1.1',
  'x\n---\nkind: Secret',
  'line\nkind: Secret\n',
  'tab\there',
  '{{ template }} ${{ expr }}',
];

describe('toYaml', () => {
  it.each(HOSTILE)(
    'keeps %j one string value under YAML 1.2 and 1.1',
    hostile => {
      const text = toYaml({ metadata: { name: 'safe', description: hostile } });
      for (const version of ['1.2', '1.1'] as const) {
        const docs = parseAllDocuments(text, { version });
        expect(docs).toHaveLength(1);
        expect(docs[0].errors).toEqual([]);
        expect(docs[0].toJS()).toEqual({
          metadata: { name: 'safe', description: hostile },
        });
      }
    },
  );

  it('round-trips any string under both YAML versions', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (key, value) => {
        const text = toYaml({ [key]: value });
        expect(parse(text, { version: '1.2' })).toEqual({ [key]: value });
        expect(parse(text, { version: '1.1' })).toEqual({ [key]: value });
      }),
    );
  });

  it('quotes only what needs it', () => {
    expect(toYaml({ a: 'plain-value', b: 'yes', c: 3, d: '3' })).toBe(
      'a: plain-value\nb: "yes"\nc: 3\nd: "3"\n',
    );
  });

  it('writes an object used twice in full each time, without anchors', () => {
    const shared = { cpu: '1' };
    expect(toYaml({ a: shared, b: shared })).toBe(
      'a:\n  cpu: "1"\nb:\n  cpu: "1"\n',
    );
  });
});

describe('yamlFile', () => {
  it('separates documents with ---', () => {
    const file = yamlFile('kubernetes/x.yaml', [{ a: 1 }, { b: 2 }]);
    expect(file.path).toBe('kubernetes/x.yaml');
    expect(parseAllDocuments(file.content).map(d => d.toJS())).toEqual([
      { a: 1 },
      { b: 2 },
    ]);
  });
});
