import fc from 'fast-check';
import { attributes, block, comment, renderFile } from './body';
import { call, hcl, hclKey, hclNumber, hclString, hclValue, ref } from './hcl';
import { asTemplateLiteral, parseHcl } from './__testUtils__/terraform';

const HOSTILE = [
  '',
  'plain',
  'say "hi"',
  'back\\slash \\" \\n \\\\${x}',
  'line one\nline two\r\nthree',
  '"\nevil = true\nx = "',
  '"\n}\nresource "aws_instance" "x" {\n',
  '${var.secret}',
  '$${already escaped}',
  '$$${triple}',
  '%{ if true }yes%{ endif }',
  '%%{ x }',
  '$',
  '%',
  '${',
  'trailing backslash\\',
  'tab\there',
  'nul\u0000bell\u0007esc\u001bdel\u007fc1\u0085',
  'line\u2028sep\u2029bom\ufeff',
  'unicode: é ß 中文 🦄 \u{1F600} \u0301 e\u0301 \uF900',
  '<<EOF\nheredoc\nEOF',
  '# not a comment',
  '/* not a comment */',
  '{ for k in x : k => k }',
];

/** Renders `value = <s>` plus a sentinel attribute and returns what hcl2json read. */
async function roundTrip(value: string) {
  const content = renderFile(attributes({ value, after: 1 }));
  return parseHcl('roundtrip.tf', content);
}

describe('hclString', () => {
  it('escapes quotes, backslashes, newlines and control characters', () => {
    expect(hclString('a"b\\c\nd\re\tf\u0001')).toBe(
      '"a\\"b\\\\c\\nd\\re\\tf\\u0001"',
    );
  });

  it('turns template sequences into their literal escapes', () => {
    expect(hclString('${x} %{ if }')).toBe('"$${x} %%{ if }"');
    expect(hclString('$$${x}')).toBe('"$$$${x}"');
    expect(hclString('$ and %')).toBe('"$ and %"');
  });

  it('refuses strings that are not well-formed Unicode', () => {
    expect(() => hclString('bad \ud800 surrogate')).toThrow(/lone surrogate/);
    expect(hclString('\u{1F984}')).toBe('"\u{1F984}"');
  });

  it.each(HOSTILE)(
    'round-trips %j as one string value and nothing else',
    async value => {
      const parsed = await roundTrip(value);
      expect(Object.keys(parsed).sort()).toEqual(['after', 'value']);
      expect(parsed.value).toBe(asTemplateLiteral(value));
      expect(parsed.after).toBe(1);
    },
  );

  it('round-trips any Unicode string', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(
              '$',
              '%',
              '{',
              '}',
              '"',
              '\\',
              '\n',
              '\r',
              '=',
              '#',
              '~',
            ),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          maxLength: 40,
        }),
        async value => {
          const parsed = await roundTrip(value);
          expect(Object.keys(parsed).sort()).toEqual(['after', 'value']);
          expect(parsed.value).toBe(asTemplateLiteral(value));
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('hclValue', () => {
  it('writes numbers, booleans, null, lists and objects', () => {
    expect(hclValue(3)).toBe('3');
    expect(hclValue(-0)).toBe('0');
    expect(hclValue(0.25)).toBe('0.25');
    expect(hclValue(true)).toBe('true');
    expect(hclValue(null)).toBe('null');
    expect(hclValue([1, 'a'])).toBe('[1, "a"]');
    expect(hclValue({})).toBe('{}');
    expect(hclValue({ a: 1, bb: 'x', skipped: undefined })).toBe(
      '{\n  a  = 1\n  bb = "x"\n}',
    );
  });

  it('refuses numbers HCL cannot write', () => {
    expect(() => hclNumber(NaN)).toThrow();
    expect(() => hclNumber(Infinity)).toThrow();
  });

  it('quotes object keys that are not plain identifiers', () => {
    expect(hclKey('plain_key-1')).toBe('plain_key-1');
    expect(hclKey('kafka-on-eks/pool')).toBe('"kafka-on-eks/pool"');
    expect(hclKey('1st')).toBe('"1st"');
    expect(hclKey('for')).toBe('"for"');
    expect(hclKey('null')).toBe('"null"');
  });

  it('keeps hostile object keys and values inside the object', async () => {
    const object = Object.fromEntries(
      HOSTILE.filter(Boolean).map((s, i) => [s, `${i}:${s}`]),
    );
    const parsed = await parseHcl(
      'object.tf',
      renderFile(attributes({ object, after: 1 })),
    );
    expect(Object.keys(parsed).sort()).toEqual(['after', 'object']);
    expect(Object.keys(parsed.object).sort()).toEqual(
      Object.keys(object).map(asTemplateLiteral).sort(),
    );
    for (const [key, value] of Object.entries(object)) {
      expect(parsed.object[asTemplateLiteral(key)]).toBe(
        asTemplateLiteral(value),
      );
    }
  });

  it('serializes interpolated values in expressions, never splicing them as code', async () => {
    const hostile = '"), evil = true, x = ("';
    const expression = hcl`upper(${hostile})`;
    expect(expression.render(0)).toBe(`upper(${hclString(hostile)})`);
    const parsed = await parseHcl(
      'expr.tf',
      renderFile(attributes({ expression, after: 1 })),
    );
    expect(Object.keys(parsed).sort()).toEqual(['after', 'expression']);
    expect(call('lower', 'a', 1).render(0)).toBe('lower("a", 1)');
  });

  it('only writes references and names from identifiers', () => {
    expect(ref('local', 'broker_nodes_per_zone').render(0)).toBe(
      'local.broker_nodes_per_zone',
    );
    expect(() => ref('var', 'x}"')).toThrow();
    expect(() => call('f(x)')).toThrow();
    expect(() => attributes({ 'not an identifier': 1 })).toThrow();
    expect(() => comment('two\nlines')).toThrow();
  });

  it('keeps hostile block labels as labels', async () => {
    const label = 'a"\n} resource "x" "y" {';
    const parsed = await parseHcl(
      'labels.tf',
      renderFile([
        block('resource', ['null_resource', label], attributes({ a: 1 })),
      ]),
    );
    expect(Object.keys(parsed)).toEqual(['resource']);
    expect(Object.keys(parsed.resource.null_resource)).toEqual([label]);
  });
});
