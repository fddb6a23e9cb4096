import { badRequest } from '../api/status';

/** One requirement of a label selector, as Kubernetes' `labels.Requirement`. */
export type LabelRequirement =
  | { key: string; operator: 'in' | 'notin'; values: string[] }
  | { key: string; operator: '=' | '==' | '!='; values: [string] }
  | { key: string; operator: 'exists' | '!' }
  | { key: string; operator: 'gt' | 'lt'; values: [string] };

type Token =
  | { kind: 'identifier'; text: string }
  | { kind: 'operator'; text: '!' | '=' | '==' | '!=' | '>' | '<' }
  | { kind: '(' | ')' | ',' | 'end'; text: string };

const SPECIAL = new Set(['!', '=', ',', '(', ')', '<', '>']);

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, text: c });
      i++;
    } else if (c === '=' && input[i + 1] === '=') {
      tokens.push({ kind: 'operator', text: '==' });
      i += 2;
    } else if (c === '!' && input[i + 1] === '=') {
      tokens.push({ kind: 'operator', text: '!=' });
      i += 2;
    } else if (c === '!' || c === '=' || c === '<' || c === '>') {
      tokens.push({ kind: 'operator', text: c });
      i++;
    } else {
      let j = i;
      while (
        j < input.length &&
        !SPECIAL.has(input[j]) &&
        !/\s/.test(input[j])
      ) {
        j++;
      }
      tokens.push({ kind: 'identifier', text: input.slice(i, j) });
      i = j;
    }
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkKey(key: string): void {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const ok =
    name.length <= 63 &&
    NAME.test(name) &&
    (prefix === undefined ||
      (prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix)));
  if (!ok) {
    throw badRequest(
      `unable to parse requirement: key: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
}

function checkValue(value: string): void {
  if (value !== '' && !(value.length <= 63 && NAME.test(value))) {
    throw badRequest(
      `unable to parse requirement: values[0]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
    );
  }
}

function syntaxError(found: Token, expected: string): never {
  throw badRequest(
    `unable to parse requirement: found '${found.text}', expected: ${expected}`,
  );
}

/**
 * Parses a label selector the way the API server does: equality (`=`, `==`,
 * `!=`), sets (`in`, `notin`), existence (`key`, `!key`) and `>`/`<`.
 * Throws a 400 BadRequest ApiError on a malformed selector.
 */
export function parseLabelSelector(selector: string): LabelRequirement[] {
  const tokens = tokenize(selector);
  const requirements: LabelRequirement[] = [];
  let pos = 0;
  const next = () => tokens[pos++];
  const peek = () => tokens[pos];
  if (peek().kind === 'end') return requirements;
  for (;;) {
    let token = next();
    if (token.kind === 'operator' && token.text === '!') {
      const key = next();
      if (key.kind !== 'identifier') syntaxError(key, 'identifier');
      checkKey(key.text);
      requirements.push({ key: key.text, operator: '!' });
    } else if (token.kind === 'identifier') {
      const key = token.text;
      checkKey(key);
      const op = peek();
      if (op.kind === ',' || op.kind === 'end') {
        requirements.push({ key, operator: 'exists' });
      } else if (
        op.kind === 'identifier' &&
        (op.text === 'in' || op.text === 'notin')
      ) {
        next();
        if (next().kind !== '(') syntaxError(tokens[pos - 1], "'('");
        const values: string[] = [];
        for (;;) {
          token = next();
          if (token.kind === 'identifier') {
            checkValue(token.text);
            values.push(token.text);
            token = next();
          } else if (token.kind === ',' || token.kind === ')') {
            values.push('');
          }
          if (token.kind === ')') break;
          if (token.kind !== ',') syntaxError(token, "',' or ')'");
        }
        requirements.push({ key, operator: op.text as 'in' | 'notin', values });
      } else if (op.kind === 'operator' && op.text !== '!') {
        next();
        const valueToken = peek();
        let value = '';
        if (valueToken.kind === 'identifier') {
          value = valueToken.text;
          next();
        } else if (valueToken.kind !== ',' && valueToken.kind !== 'end') {
          syntaxError(valueToken, 'identifier');
        }
        if (op.text === '>' || op.text === '<') {
          if (!/^-?\d+$/.test(value)) {
            throw badRequest(
              `unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`,
            );
          }
          requirements.push({
            key,
            operator: op.text === '>' ? 'gt' : 'lt',
            values: [value],
          });
        } else {
          checkValue(value);
          requirements.push({ key, operator: op.text, values: [value] });
        }
      } else {
        syntaxError(op, "'=', '!=', '==', 'in', notin'");
      }
    } else {
      syntaxError(token, "'!', identifier");
    }
    token = next();
    if (token.kind === 'end') return requirements;
    if (token.kind !== ',') syntaxError(token, "',' or 'end of string'");
  }
}

/** Whether labels satisfy every requirement. */
export function matchesLabels(
  requirements: LabelRequirement[],
  labels: Record<string, string> | undefined,
): boolean {
  const has = (key: string) =>
    labels !== undefined && Object.prototype.hasOwnProperty.call(labels, key);
  return requirements.every(r => {
    const value = has(r.key) ? labels![r.key] : undefined;
    switch (r.operator) {
      case 'exists':
        return value !== undefined;
      case '!':
        return value === undefined;
      case '=':
      case '==':
      case 'in':
        return value !== undefined && r.values.includes(value);
      case '!=':
      case 'notin':
        return value === undefined || !r.values.includes(value);
      case 'gt':
      case 'lt': {
        if (value === undefined || !/^-?\d+$/.test(value)) return false;
        const n = Number(value);
        const bound = Number(r.values[0]);
        return r.operator === 'gt' ? n > bound : n < bound;
      }
      default:
        return false;
    }
  });
}
