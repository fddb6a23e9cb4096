/**
 * The one serializer of HCL values. Every value derived from a request
 * reaches the generated Terraform through `hclValue` (directly, as an
 * attribute value, or interpolated into an `hcl` expression), never as raw
 * text.
 */

const EXPRESSION = Symbol('hcl-expression');

/** A Terraform expression whose fixed parts were written by this renderer. */
export interface HclExpression {
  readonly [EXPRESSION]: true;
  /** The expression's text, with nested multi-line values indented at `indent`. */
  render(indent: number): string;
}

/** A value the serializer can write; `undefined` object entries are left out. */
export type HclValue =
  | string
  | number
  | boolean
  | null
  | HclExpression
  | readonly HclValue[]
  | { readonly [key: string]: HclValue | undefined };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// Naked keys that HCL reads as something else (`{for ...}` starts a for expression).
const KEYWORDS = new Set(['for', 'in', 'if', 'true', 'false', 'null']);
// An unpaired UTF-16 surrogate: no UTF-8 encoding, so no HCL encoding either.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const INLINE_LIST_MAX = 100;

export function isExpression(value: unknown): value is HclExpression {
  return typeof value === 'object' && value !== null && EXPRESSION in value;
}

function expression(render: (indent: number) => string): HclExpression {
  return { [EXPRESSION]: true, render };
}

/**
 * Tagged template for expressions: the literal text is Terraform code, each
 * `${value}` is serialized with `hclValue` (so a string becomes a quoted,
 * escaped HCL string, never code). Write `\${` for a Terraform interpolation
 * in the literal text.
 */
export function hcl(
  strings: TemplateStringsArray,
  ...values: HclValue[]
): HclExpression {
  return expression(indent =>
    strings.reduce(
      (text, part, i) =>
        text + (i > 0 ? hclValue(values[i - 1], indent) : '') + part,
      '',
    ),
  );
}

/** A reference such as `local.broker_nodes_per_zone`, from identifiers only. */
export function ref(...names: string[]): HclExpression {
  for (const name of names) {
    if (!IDENTIFIER.test(name))
      throw new Error(`Not an HCL identifier: ${name}`);
  }
  return expression(() => names.join('.'));
}

/** A function call; the arguments are serialized values. */
export function call(name: string, ...args: HclValue[]): HclExpression {
  if (!IDENTIFIER.test(name))
    throw new Error(`Not a Terraform function name: ${name}`);
  return expression(
    indent => `${name}(${args.map(a => hclValue(a, indent)).join(', ')})`,
  );
}

/** A quoted HCL string whose value is exactly `value`, with no interpolation. */
export function hclString(value: string): string {
  if (LONE_SURROGATE.test(value)) {
    throw new Error(
      'HCL strings must be well-formed Unicode (found a lone surrogate)',
    );
  }
  let out = '';
  for (const char of value) {
    switch (char) {
      case '\\':
        out += '\\\\';
        break;
      case '"':
        out += '\\"';
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      default: {
        const code = char.codePointAt(0)!;
        const control =
          code < 0x20 ||
          (code >= 0x7f && code <= 0x9f) ||
          code === 0x2028 ||
          code === 0x2029 ||
          code === 0xfeff;
        out += control
          ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
          : char;
      }
    }
  }
  // Template sequences: `$${` and `%%{` are HCL's escapes for a literal `${` / `%{`.
  // (Replacer functions: in a replacement string `$$` would mean one `$`.)
  out = out.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  return `"${out}"`;
}

export function hclNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** An object key: naked when it is a plain identifier, quoted otherwise. */
export function hclKey(key: string): string {
  return IDENTIFIER.test(key) && !KEYWORDS.has(key) ? key : hclString(key);
}

/** A block attribute name: must be an identifier (they are fixed names). */
export function attributeName(name: string): string {
  if (!IDENTIFIER.test(name))
    throw new Error(`Not an HCL attribute name: ${name}`);
  return name;
}

const pad = (indent: number) => '  '.repeat(indent);

/**
 * `key = value` lines aligned the way `terraform fmt` aligns them: runs of
 * single-line assignments share one column for `=`; a multi-line value
 * (its first line opens a bracket) ends the run.
 */
export function assignments(
  entries: ReadonlyArray<readonly [string, string]>,
  indent: number,
): string[] {
  const lines: string[] = [];
  let run: Array<readonly [string, string]> = [];
  const flush = () => {
    const width = Math.max(...run.map(([key]) => key.length));
    for (const [key, value] of run)
      lines.push(`${pad(indent)}${key.padEnd(width)} = ${value}`);
    run = [];
  };
  for (const entry of entries) {
    if (entry[1].includes('\n')) {
      if (run.length) flush();
      lines.push(`${pad(indent)}${entry[0]} = ${entry[1]}`);
    } else {
      run.push(entry);
    }
  }
  if (run.length) flush();
  return lines;
}

function renderObject(
  value: { readonly [key: string]: HclValue | undefined },
  indent: number,
) {
  const entries = Object.entries(value).filter(
    (entry): entry is [string, HclValue] => entry[1] !== undefined,
  );
  if (entries.length === 0) return '{}';
  const lines = assignments(
    entries.map(([key, v]) => [hclKey(key), hclValue(v, indent + 1)] as const),
    indent + 1,
  );
  return `{\n${lines.join('\n')}\n${pad(indent)}}`;
}

function renderList(value: readonly HclValue[], indent: number) {
  if (value.length === 0) return '[]';
  const inline = value.map(item => hclValue(item, indent));
  const oneLine = `[${inline.join(', ')}]`;
  if (!oneLine.includes('\n') && oneLine.length <= INLINE_LIST_MAX)
    return oneLine;
  const items = value.map(
    item => `${pad(indent + 1)}${hclValue(item, indent + 1)},`,
  );
  return `[\n${items.join('\n')}\n${pad(indent)}]`;
}

/**
 * An HCL value: strings escaped, numbers finite, lists and objects nested
 * with their lines indented from `indent` (the closing bracket's level).
 */
export function hclValue(value: HclValue, indent = 0): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return hclString(value);
    case 'number':
      return hclNumber(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
  }
  if (isExpression(value)) return value.render(indent);
  if (Array.isArray(value)) return renderList(value, indent);
  if (typeof value === 'object') {
    return renderObject(
      value as { readonly [key: string]: HclValue | undefined },
      indent,
    );
  }
  throw new Error(`Not an HCL value: ${String(value)}`);
}
