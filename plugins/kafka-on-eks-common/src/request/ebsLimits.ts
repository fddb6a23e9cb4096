/**
 * EBS limits per volume type, from the Amazon EBS volume types page
 * (docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html), read
 * 2026-11. gp3's larger limits date from September 2025.
 *
 * @public
 */
export const EBS_LIMITS = {
  gp3: {
    minSizeGi: 1,
    maxSizeGi: 65536,
    baselineIops: 3000,
    maxIops: 80000,
    /** Provisioned IOPS per GiB of volume size. */
    maxIopsPerGi: 500,
    baselineThroughputMiBps: 125,
    maxThroughputMiBps: 2000,
    /** Throughput per provisioned IOPS, in MiB/s. */
    maxThroughputPerIops: 0.25,
  },
  st1: {
    minSizeGi: 125,
    maxSizeGi: 16384,
    /** Burst ceiling of one volume. */
    maxThroughputMiBps: 500,
  },
} as const;
