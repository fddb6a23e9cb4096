import { formatMoney, monthlyEbsCost } from './monthlyCost';
import { DEFAULT_EBS_PRICES, resolveEbsPrices } from './prices';

describe('monthlyEbsCost', () => {
  it('charges gp3 storage, IOPS above 3,000 and throughput above 125 MiB/s', () => {
    // Per volume: 2,000 × 0.08 = 160; (10,000 − 3,000) × 0.005 = 35;
    // (500 − 125) × 0.04 = 15; 210 × 3 brokers = 630.
    expect(
      monthlyEbsCost({
        replicas: 3,
        storageClass: 'gp3',
        volumeSizeGi: 2000,
        iops: 10000,
        throughputMiBps: 500,
      }),
    ).toEqual({
      currency: 'USD',
      region: 'us-east-1',
      storage: 480,
      iops: 105,
      throughput: 45,
      perBroker: 210,
      total: 630,
    });
  });

  it('charges the included gp3 performance nothing', () => {
    // 3 × 500 × 0.08 = 120.
    expect(
      monthlyEbsCost({ replicas: 3, storageClass: 'gp3', volumeSizeGi: 500 })
        .total,
    ).toBe(120);
  });

  it('charges st1 storage only', () => {
    // 6 × 4,000 × 0.045 = 1,080.
    expect(
      monthlyEbsCost({ replicas: 6, storageClass: 'st1', volumeSizeGi: 4000 }),
    ).toMatchObject({ storage: 1080, iops: 0, throughput: 0, total: 1080 });
  });

  it('formats money with its currency', () => {
    expect(formatMoney(1908.72, 'USD')).toBe('$1,908.72');
    expect(formatMoney(12.5, 'EUR')).toBe('€12.50');
  });
});

describe('resolveEbsPrices', () => {
  it('keeps the us-east-1 list prices by default', () => {
    expect(resolveEbsPrices()).toEqual(DEFAULT_EBS_PRICES);
    expect(DEFAULT_EBS_PRICES).toEqual({
      region: 'us-east-1',
      currency: 'USD',
      gp3: {
        storagePerGiBMonth: 0.08,
        iopsPerMonth: 0.005,
        throughputPerMiBpsMonth: 0.04,
      },
      st1: { storagePerGiBMonth: 0.045 },
    });
  });

  it('replaces only what an override gives', () => {
    expect(
      resolveEbsPrices({
        region: 'eu-west-1',
        gp3: { storagePerGiBMonth: 0.088 },
      }),
    ).toEqual({
      ...DEFAULT_EBS_PRICES,
      region: 'eu-west-1',
      gp3: { ...DEFAULT_EBS_PRICES.gp3, storagePerGiBMonth: 0.088 },
    });
  });

  it('rejects a negative price or a bad currency, naming the config key', () => {
    expect(() => resolveEbsPrices({ st1: { storagePerGiBMonth: -1 } })).toThrow(
      'kafkaOnEks.sizing.prices.st1.storagePerGiBMonth: must be a number of at least 0',
    );
    expect(() => resolveEbsPrices({ currency: 'dollars' })).toThrow(
      'kafkaOnEks.sizing.prices.currency',
    );
  });
});
