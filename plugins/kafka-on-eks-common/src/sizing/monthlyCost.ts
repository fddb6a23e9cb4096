import { EBS_LIMITS } from '../request/ebsLimits';
import type { BrokerStorageClass } from '../request/types';
import { DEFAULT_EBS_PRICES, type EbsPrices } from './prices';
import { toCents } from './units';

/**
 * The broker volumes a cost is asked for: the shape of `brokers` in a
 * cluster request.
 *
 * @public
 */
export interface BrokerVolumes {
  replicas: number;
  storageClass: BrokerStorageClass;
  volumeSizeGi: number;
  /** gp3 only: total IOPS; the included 3,000 when unset. */
  iops?: number;
  /** gp3 only: total MiB/s; the included 125 when unset. */
  throughputMiBps?: number;
}

/**
 * A monthly EBS cost, in the prices' currency, rounded to cents.
 *
 * @public
 */
export interface MonthlyEbsCost {
  currency: string;
  /** Where the prices apply. */
  region: string;
  /** Storage of all volumes. */
  storage: number;
  /** gp3 IOPS above the included 3,000, for all volumes. */
  iops: number;
  /** gp3 throughput above the included 125 MiB/s, for all volumes. */
  throughput: number;
  perBroker: number;
  total: number;
}

/**
 * What the broker volumes cost a month: gp3 charges GiB, IOPS above 3,000
 * and MiB/s above 125; st1 charges GiB only.
 *
 * @public
 */
export function monthlyEbsCost(
  volumes: BrokerVolumes,
  prices: EbsPrices = DEFAULT_EBS_PRICES,
): MonthlyEbsCost {
  let storage: number;
  let iops = 0;
  let throughput = 0;
  if (volumes.storageClass === 'st1') {
    storage = volumes.volumeSizeGi * prices.st1.storagePerGiBMonth;
  } else {
    const { baselineIops, baselineThroughputMiBps } = EBS_LIMITS.gp3;
    storage = volumes.volumeSizeGi * prices.gp3.storagePerGiBMonth;
    iops =
      Math.max(0, (volumes.iops ?? baselineIops) - baselineIops) *
      prices.gp3.iopsPerMonth;
    throughput =
      Math.max(
        0,
        (volumes.throughputMiBps ?? baselineThroughputMiBps) -
          baselineThroughputMiBps,
      ) * prices.gp3.throughputPerMiBpsMonth;
  }
  const perBroker = storage + iops + throughput;
  return {
    currency: prices.currency,
    region: prices.region,
    storage: toCents(storage * volumes.replicas),
    iops: toCents(iops * volumes.replicas),
    throughput: toCents(throughput * volumes.replicas),
    perBroker: toCents(perBroker),
    total: toCents(perBroker * volumes.replicas),
  };
}

/**
 * A money amount with its currency, e.g. `$1,908.72` or `€12.50`.
 *
 * @public
 */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
  }).format(amount);
}
