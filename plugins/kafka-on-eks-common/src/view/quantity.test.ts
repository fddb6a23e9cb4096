import { parseQuantity, toStorageSize } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['1Ki', 1024],
    ['500Mi', 500 * 2 ** 20],
    ['500Gi', 500 * 2 ** 30],
    ['2Ti', 2 * 2 ** 40],
    ['1Pi', 2 ** 50],
    ['1k', 1000],
    ['100M', 100e6],
    ['1G', 1e9],
    ['16T', 16e12],
    ['1073741824', 2 ** 30],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['1.1G', 1_100_000_000],
    ['0.5Ti', 2 ** 39],
    ['.5Ki', 512],
    ['2e3', 2000],
    ['1E6', 1e6],
    [' 20Gi ', 20 * 2 ** 30],
  ])('reads %s as %d', (text, bytes) => {
    expect(parseQuantity(text)).toBe(bytes);
  });

  it('rounds fractions of a unit up, like Kubernetes', () => {
    expect(parseQuantity('0.1Gi')).toBe(107374183);
    expect(parseQuantity('1500m')).toBe(2);
  });

  it('keeps numbers that arrive as JSON numbers', () => {
    expect(parseQuantity(2048)).toBe(2048);
  });

  it.each(['', 'Gi', '10GB', '10 Gi', '1.2.3', 'ten', '10gi', '--1'])(
    'rejects %j',
    text => {
      expect(parseQuantity(text)).toBeUndefined();
    },
  );
});

describe('toStorageSize', () => {
  it('keeps the text and adds bytes', () => {
    expect(toStorageSize('100Gi')).toEqual({
      quantity: '100Gi',
      bytes: 100 * 2 ** 30,
    });
  });

  it('keeps unparsable text without bytes, and nothing for no text', () => {
    expect(toStorageSize('lots')).toEqual({ quantity: 'lots' });
    expect(toStorageSize(undefined)).toBeUndefined();
  });
});
