/**
 * Units of the sizing model. Throughput that people quote (Kafka metrics,
 * Kinesis quotas, st1's baseline) is decimal: 1 MB = 10^6 bytes, 1 TB =
 * 10^12 bytes. EBS provisions sizes and gp3 throughput in binary units:
 * 1 GiB = 2^30 bytes, 1 MiB = 2^20 bytes. Each conversion goes through bytes,
 * so 1 MB/s = 0.953674 MiB/s and 1 GiB = 1.073741824 GB.
 */

/** Bytes in one MB (decimal). @public */
export const BYTES_PER_MB = 1e6;
/** Bytes in one MiB (2^20). @public */
export const BYTES_PER_MIB = 1_048_576;
/** Bytes in one GiB (2^30). @public */
export const BYTES_PER_GIB = 1_073_741_824;
/** Bytes in one TB (decimal). @public */
export const BYTES_PER_TB = 1e12;

const SECONDS_PER_HOUR = 3600;

/** MB/s (decimal) as MiB/s. @public */
export function mbToMiB(mb: number): number {
  return (mb * BYTES_PER_MB) / BYTES_PER_MIB;
}

/** MiB/s as MB/s (decimal). @public */
export function mibToMB(mib: number): number {
  return (mib * BYTES_PER_MIB) / BYTES_PER_MB;
}

/** GiB as TB (decimal). @public */
export function gibToTB(gib: number): number {
  return (gib * BYTES_PER_GIB) / BYTES_PER_TB;
}

/** The GiB a stream of `mbPerSecond` MB/s writes in `hours` hours. @public */
export function gibWrittenIn(mbPerSecond: number, hours: number): number {
  return (
    (mbPerSecond * SECONDS_PER_HOUR * hours * BYTES_PER_MB) / BYTES_PER_GIB
  );
}

/**
 * Rounds up to a whole number, ignoring the last few bits of floating-point
 * error: 1.1 × 3 is 3.3000000000000003, and must not round up to 4 when the
 * exact value is a whole number.
 */
export function roundUp(value: number): number {
  return Math.ceil(Number(value.toPrecision(12)));
}

/** Rounds a money amount to cents. */
export function toCents(amount: number): number {
  return Math.round(Number(amount.toPrecision(12)) * 100) / 100;
}
