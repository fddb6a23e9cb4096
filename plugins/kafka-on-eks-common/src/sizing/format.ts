/** A number for a reason line: thousands separated, at most `decimals` decimals. */
export function formatNumber(value: number, decimals = 2): string {
  return new Intl.NumberFormat('en-US', {
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A unit price such as `$0.005`: all the decimals a price table has. */
export function formatUnitPrice(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(amount);
}

/** A fraction as a percentage: 0.2 is `20 %`. */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100)} %`;
}
