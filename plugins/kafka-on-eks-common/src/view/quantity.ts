import type { StorageSize } from './types';

const BINARY_EXPONENTS: Record<string, number> = {
  Ki: 10,
  Mi: 20,
  Gi: 30,
  Ti: 40,
  Pi: 50,
  Ei: 60,
};

const DECIMAL_EXPONENTS: Record<string, number> = {
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

// Kubernetes' quantity grammar: a signed decimal number, then a binary or
// decimal SI suffix or a decimal exponent (`1e3`).
const QUANTITY =
  /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

/**
 * Parses a Kubernetes quantity (`500Gi`, `1.5T`, `100M`, `1024`, `2e3`) into
 * a number, rounded up to a whole unit like Kubernetes' `Value()` does.
 * Returns undefined for text that is not a quantity.
 *
 * Integer arithmetic, so `1.1G` is 1100000000 and not one byte more.
 *
 * @public
 */
export function parseQuantity(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const match = QUANTITY.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', suffix = ''] = match;
  if (whole === '' && fraction === '') return undefined;

  const digits = BigInt(`${whole}${fraction}` || '0');
  let numerator = digits;
  let denominator = BigInt(10) ** BigInt(fraction.length);
  if (suffix in BINARY_EXPONENTS) {
    numerator *= BigInt(2) ** BigInt(BINARY_EXPONENTS[suffix]);
  } else {
    const exponent =
      suffix in DECIMAL_EXPONENTS
        ? DECIMAL_EXPONENTS[suffix]
        : Number(suffix.slice(1));
    if (exponent >= 0) numerator *= BigInt(10) ** BigInt(exponent);
    else denominator *= BigInt(10) ** BigInt(-exponent);
  }
  const rounded =
    (numerator + denominator - BigInt(1)) / denominator; /* ceiling */
  const value = Number(rounded);
  return sign === '-' ? -value : value;
}

/**
 * A quantity as written plus its bytes, or undefined when there is no text.
 *
 * @public
 */
export function toStorageSize(
  quantity: string | number | undefined,
): StorageSize | undefined {
  if (quantity === undefined || quantity === null || quantity === '')
    return undefined;
  const bytes = parseQuantity(quantity);
  return bytes === undefined
    ? { quantity: String(quantity) }
    : { quantity: String(quantity), bytes };
}
