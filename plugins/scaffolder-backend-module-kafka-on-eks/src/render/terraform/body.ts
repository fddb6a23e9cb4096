import {
  assignments,
  attributeName,
  hclString,
  hclValue,
  type HclValue,
} from './hcl';

/** One item of a Terraform body: an attribute, a nested block, a blank line or a comment. */
export type BodyItem =
  | { kind: 'attribute'; name: string; value: HclValue }
  | {
      kind: 'block';
      type: string;
      labels: readonly string[];
      body: readonly BodyItem[];
    }
  | { kind: 'blank' }
  | { kind: 'comment'; text: string };

/** `name = value`; attributes whose value is `undefined` are left out. */
export function attributes(values: {
  readonly [name: string]: HclValue | undefined;
}): BodyItem[] {
  return Object.entries(values)
    .filter((entry): entry is [string, HclValue] => entry[1] !== undefined)
    .map(([name, value]) => ({
      kind: 'attribute',
      name: attributeName(name),
      value,
    }));
}

/** `type "label" ... { body }`; labels are serialized strings. */
export function block(
  type: string,
  labels: readonly string[],
  ...body: BodyItem[][]
): BodyItem {
  return {
    kind: 'block',
    type: attributeName(type),
    labels,
    body: body.flat(),
  };
}

export const blank: BodyItem = { kind: 'blank' };

/** A `#` comment; fixed text written by this renderer, one line each. */
export function comment(...lines: string[]): BodyItem[] {
  return lines.map(text => {
    if (/[\r\n\u2028\u2029]/.test(text))
      throw new Error('A comment line cannot break lines');
    return { kind: 'comment', text };
  });
}

function renderItems(items: readonly BodyItem[], indent: number): string[] {
  const lines: string[] = [];
  let run: Array<readonly [string, string]> = [];
  const flush = () => {
    lines.push(...assignments(run, indent));
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'attribute') {
      run.push([item.name, hclValue(item.value, indent)]);
      continue;
    }
    flush();
    const pad = '  '.repeat(indent);
    if (item.kind === 'blank') lines.push('');
    else if (item.kind === 'comment')
      lines.push(`${pad}# ${item.text}`.trimEnd());
    else {
      const header = [item.type, ...item.labels.map(hclString)].join(' ');
      if (item.body.length === 0) {
        lines.push(`${pad}${header} {}`);
      } else {
        lines.push(
          `${pad}${header} {`,
          ...renderItems(item.body, indent + 1),
          `${pad}}`,
        );
      }
    }
  }
  flush();
  return lines;
}

/** A whole `.tf` file: top-level items separated by one blank line. */
export function renderFile(...items: BodyItem[][]): string {
  const chunks = items
    .filter(group => group.length > 0)
    .map(group => renderItems(group, 0).join('\n'));
  return `${chunks.join('\n\n')}\n`;
}
