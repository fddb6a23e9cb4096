import { EBS_LIMITS } from '../request/ebsLimits';
import type { BrokerStorageClass } from '../request/types';
import { formatNumber as num, formatPercent, formatUnitPrice } from './format';
import type { KafkaSizingInputs } from './inputs';
import {
  formatMoney,
  type BrokerVolumes,
  type MonthlyEbsCost,
} from './monthlyCost';
import type { EbsPrices } from './prices';
import { mbToMiB } from './units';
import {
  retainedGiBPerBroker,
  SIZING_RULES,
  st1BaselineMBps,
  type Gp3Performance,
} from './volumeRules';

// The one-line reasons of the sizing model's outputs. No "|" or "*": they
// end up in Markdown tables.

const GP3 = EBS_LIMITS.gp3;
const ST1 = EBS_LIMITS.st1;

export function brokersReason(
  inputs: KafkaSizingInputs,
  counts: { brokers: number; forThroughput: number; forSize: number },
  maxBrokers: number,
): string {
  const { replicationFactor: rf, zones, peakWriteMBps } = inputs;
  const writes = num(peakWriteMBps * rf);
  const capped =
    Math.max(counts.forThroughput, counts.forSize) > counts.brokers
      ? `; capped at the request's maximum of ${maxBrokers}`
      : '';
  return (
    `${counts.brokers} brokers: the largest of the replication factor (${rf}), ` +
    `the zones (${zones}), ${num(counts.forThroughput)} for ${writes} MB/s ` +
    `of writes and replica copies (at most ${num(
      GP3.maxThroughputMiBps,
    )} MiB/s ` +
    `per volume) and ${num(counts.forSize)} for the retained data ` +
    `(at most ${num(GP3.maxSizeGi)} GiB per volume)${capped}`
  );
}

export function volumeSizeReason(
  inputs: KafkaSizingInputs,
  brokers: number,
  sizedGi: number,
  totalGiB: number,
): string {
  const perBroker = retainedGiBPerBroker(inputs, brokers);
  const { maxFullness } = SIZING_RULES;
  return (
    `${num(sizedGi, 0)} GiB: ${num(inputs.peakWriteMBps)} MB/s × ` +
    `${num(inputs.retentionHours)} h × RF ${inputs.replicationFactor} = ` +
    `${num(totalGiB, 0)} GiB retained, ÷ ${brokers} brokers = ` +
    `${num(perBroker, 0)} GiB each, ÷ ${maxFullness} to stay under ` +
    `${formatPercent(maxFullness)} full, + ${formatPercent(inputs.headroom)} ` +
    `headroom, rounded up`
  );
}

export function storageClassReason(
  storageClass: BrokerStorageClass,
  sizeGi: number,
  writeMBps: number,
  prices: EbsPrices,
): string {
  const size = `${num(sizeGi, 0)} GiB`;
  const baseline = `${num(st1BaselineMBps(sizeGi))} MB/s`;
  const writes = `${num(writeMBps)} MB/s`;
  if (storageClass === 'st1') {
    const st1Price = formatUnitPrice(
      prices.st1.storagePerGiBMonth,
      prices.currency,
    );
    const gp3Price = formatUnitPrice(
      prices.gp3.storagePerGiBMonth,
      prices.currency,
    );
    return (
      `st1: a ${size} volume sustains ${baseline} (40 MB/s per TB), enough ` +
      `for each broker's ${writes} of writes, at ${st1Price} instead of ` +
      `${gp3Price} per GiB-month`
    );
  }
  if (sizeGi < ST1.minSizeGi) {
    return `gp3: ${size} is below st1's minimum of ${ST1.minSizeGi} GiB`;
  }
  if (sizeGi < SIZING_RULES.st1LargeVolumeGi) {
    return (
      `gp3: ${size} volumes are too small for st1 to pay off ` +
      `(st1 from ${SIZING_RULES.st1LargeVolumeGi} GiB here)`
    );
  }
  if (sizeGi > ST1.maxSizeGi) {
    return `gp3: ${size} is above st1's maximum of ${num(ST1.maxSizeGi)} GiB`;
  }
  return (
    `gp3: each broker writes ${writes}, above the ${baseline} baseline ` +
    `of a ${size} st1 volume (40 MB/s per TB)`
  );
}

export function gp3Reason(
  gp3: Gp3Performance,
  writeMBps: number,
  storageClass: BrokerStorageClass,
): string {
  const writes = `${num(mbToMiB(writeMBps))} MiB/s of writes per broker`;
  const prefix = storageClass === 'gp3' ? '' : 'If gp3 were chosen: ';
  const included = `the included ${num(GP3.baselineIops)} IOPS`;
  if (
    gp3.throughputMiBps === GP3.baselineThroughputMiBps &&
    gp3.iops === GP3.baselineIops
  ) {
    return `${prefix}${included} and ${GP3.baselineThroughputMiBps} MiB/s cover ${writes}`;
  }
  const extraThroughput = gp3.throughputMiBps - GP3.baselineThroughputMiBps;
  const iops =
    gp3.iops > GP3.baselineIops
      ? `${num(gp3.iops)} IOPS (${num(gp3.iops - GP3.baselineIops)} above ` +
        `the included ${num(GP3.baselineIops)}, as gp3 allows ` +
        `${GP3.maxThroughputPerIops} MiB/s per IOPS)`
      : included;
  return (
    `${prefix}provision ${num(gp3.throughputMiBps)} MiB/s ` +
    `(${num(extraThroughput)} above the included ` +
    `${GP3.baselineThroughputMiBps}) for ${writes}, with ${iops}`
  );
}

export function costReason(
  volumes: BrokerVolumes,
  cost: MonthlyEbsCost,
  prices: EbsPrices,
): string {
  const price = (amount: number) => formatUnitPrice(amount, prices.currency);
  const size = `${num(volumes.volumeSizeGi, 0)} GiB`;
  const parts: string[] = [];
  if (volumes.storageClass === 'st1') {
    parts.push(`${size} × ${price(prices.st1.storagePerGiBMonth)}`);
  } else {
    parts.push(`${size} × ${price(prices.gp3.storagePerGiBMonth)}`);
    if (volumes.iops && volumes.iops > GP3.baselineIops) {
      const extra = num(volumes.iops - GP3.baselineIops);
      parts.push(`${extra} IOPS × ${price(prices.gp3.iopsPerMonth)}`);
    }
    if (
      volumes.throughputMiBps &&
      volumes.throughputMiBps > GP3.baselineThroughputMiBps
    ) {
      const extra = num(volumes.throughputMiBps - GP3.baselineThroughputMiBps);
      parts.push(
        `${extra} MiB/s × ${price(prices.gp3.throughputPerMiBpsMonth)}`,
      );
    }
  }
  const total = formatMoney(cost.total, cost.currency);
  return `${volumes.replicas} × (${parts.join(
    ' + ',
  )}) = ${total} per month at ${prices.region} prices`;
}

export function kinesisReason(
  inputs: KafkaSizingInputs,
  kinesis: { shards: number; forWrites: number; forReads: number },
): string {
  const write = num(inputs.peakWriteMBps);
  return (
    `For comparison only: a Kinesis data stream would need ` +
    `${num(kinesis.shards)} shard(s), the larger of ${num(
      kinesis.forWrites,
    )} ` +
    `for writes (${write} MB/s ÷ 1 MB/s per shard) and ` +
    `${num(kinesis.forReads)} for reads (${write} MB/s × ` +
    `${inputs.readFanout} consumer group(s) ÷ 2 MB/s per shard)`
  );
}

export function ebsLimitsReason(): string {
  return (
    `gp3: ${GP3.minSizeGi} to ${num(GP3.maxSizeGi)} GiB (64 TiB), up to ` +
    `${num(GP3.maxThroughputMiBps)} MiB/s and ${num(GP3.maxIops)} IOPS; ` +
    `st1: ${ST1.minSizeGi} to ${num(ST1.maxSizeGi)} GiB (16 TiB), up to ` +
    `${ST1.maxThroughputMiBps} MiB/s`
  );
}
