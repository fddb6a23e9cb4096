import type { KafkaSizingInputs } from './inputs';
import { roundUp } from './units';

/**
 * Per-shard limits of Kinesis Data Streams in provisioned mode: 1 MB/s of
 * writes and 2 MB/s of reads shared by the consumers without enhanced
 * fan-out (Kinesis Data Streams quotas and limits page,
 * docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html,
 * read 2026-11).
 *
 * @public
 */
export const KINESIS_SHARD_LIMITS = {
  writeMBps: 1,
  readMBps: 2,
} as const;

/**
 * Shards a Kinesis data stream would need for the same workload, for
 * comparison only: max(⌈W ÷ 1⌉, ⌈W × fan-out ÷ 2⌉).
 *
 * @public
 */
export function kinesisShardsFor(
  inputs: Pick<KafkaSizingInputs, 'peakWriteMBps' | 'readFanout'>,
): { shards: number; forWrites: number; forReads: number } {
  const forWrites = roundUp(
    inputs.peakWriteMBps / KINESIS_SHARD_LIMITS.writeMBps,
  );
  const forReads = roundUp(
    (inputs.peakWriteMBps * inputs.readFanout) / KINESIS_SHARD_LIMITS.readMBps,
  );
  return { shards: Math.max(forWrites, forReads), forWrites, forReads };
}
