/**
 * Monthly EBS prices, the one table the cost comes from. A platform team
 * replaces it in app-config (`kafkaOnEks.sizing.prices`) for another region,
 * currency or negotiated rate.
 *
 * AWS's pricing page writes "GB-month" and "MB/s-month", but EBS provisions
 * and bills volumes in GiB and gp3 throughput in MiB/s: each price here is per
 * provisioned GiB, IOPS or MiB/s.
 *
 * @public
 */
export interface EbsPrices {
  /** Where the prices apply, shown next to every cost. */
  region: string;
  /** ISO 4217 code, e.g. `USD`. */
  currency: string;
  gp3: {
    /** Per provisioned GiB and month. */
    storagePerGiBMonth: number;
    /** Per provisioned IOPS and month, above the included 3,000. */
    iopsPerMonth: number;
    /** Per provisioned MiB/s and month, above the included 125 MiB/s. */
    throughputPerMiBpsMonth: number;
  };
  st1: {
    /** Per provisioned GiB and month. */
    storagePerGiBMonth: number;
  };
}

/**
 * Amazon EBS list prices in us-east-1 (US East, N. Virginia), from
 * aws.amazon.com/ebs/pricing, read 2026-11.
 *
 * @public
 */
export const DEFAULT_EBS_PRICES: EbsPrices = {
  region: 'us-east-1',
  currency: 'USD',
  gp3: {
    // "$0.08/GB-month" (aws.amazon.com/ebs/pricing, read 2026-11).
    storagePerGiBMonth: 0.08,
    // "3,000 IOPS free and $0.005/provisioned IOPS-month over 3,000" (same page, read 2026-11).
    iopsPerMonth: 0.005,
    // "125 MB/s free and $0.040/provisioned MB/s-month over 125" (same page, read 2026-11).
    throughputPerMiBpsMonth: 0.04,
  },
  st1: {
    // "$0.045 per GB-month of provisioned storage" (same page, read 2026-11).
    storagePerGiBMonth: 0.045,
  },
};

/**
 * A partial price table, as app-config gives it: what is left out keeps the
 * default.
 *
 * @public
 */
export interface EbsPricesOverride {
  region?: string;
  currency?: string;
  gp3?: Partial<EbsPrices['gp3']>;
  st1?: Partial<EbsPrices['st1']>;
}

/**
 * The default prices with an override applied. Throws an error naming the
 * config key when a price is not a number of at least 0.
 *
 * @public
 */
export function resolveEbsPrices(override?: EbsPricesOverride): EbsPrices {
  const prices: EbsPrices = {
    region: override?.region ?? DEFAULT_EBS_PRICES.region,
    currency: override?.currency ?? DEFAULT_EBS_PRICES.currency,
    gp3: { ...DEFAULT_EBS_PRICES.gp3, ...definedOnly(override?.gp3) },
    st1: { ...DEFAULT_EBS_PRICES.st1, ...definedOnly(override?.st1) },
  };
  for (const type of ['gp3', 'st1'] as const) {
    for (const [key, value] of Object.entries(prices[type])) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new Error(
          `kafkaOnEks.sizing.prices.${type}.${key}: must be a number of at least 0`,
        );
      }
    }
  }
  if (!/^[A-Z]{3}$/.test(prices.currency)) {
    throw new Error(
      'kafkaOnEks.sizing.prices.currency: must be an ISO 4217 code such as USD',
    );
  }
  return prices;
}

function definedOnly<T extends object>(values: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
