import {
  DEFAULT_SIZING_INPUTS,
  sizeKafkaCluster,
  validateSizingInputs,
  type BrokerPoolRequest,
  type BrokerSizingInputs,
  type EbsPrices,
  type KafkaSizing,
  type RequestProblem,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';

/**
 * The `brokers` object as the form holds it: any field may still be blank.
 *
 * @public
 */
export type BrokersFormData = Partial<Omit<BrokerPoolRequest, 'sizing'>> & {
  sizing?: Partial<BrokerSizingInputs>;
};

export type SizingField = keyof BrokerSizingInputs;

/** The assistant's inputs, with the labels a browser test finds them by. */
export const SIZING_FIELDS: ReadonlyArray<{
  field: SizingField;
  label: string;
  help: string;
  step: string;
}> = [
  {
    field: 'peakWriteMBps',
    label: 'Peak write throughput (MB/s)',
    help: 'What producers write at peak, before replication (1 MB = 10^6 bytes)',
    step: 'any',
  },
  {
    field: 'readFanout',
    label: 'Consumer groups reading everything',
    help: 'Read fan-out: each group reads all that is written',
    step: '1',
  },
  {
    field: 'retentionHours',
    label: 'Retention (hours)',
    help: '168 hours is a week',
    step: 'any',
  },
  {
    field: 'replicationFactor',
    label: 'Replication factor',
    help: 'Copies of each partition, the leader included',
    step: '1',
  },
  {
    field: 'headroom',
    label: 'Headroom (fraction)',
    help: 'Extra room on each volume: 0.2 is 20 %',
    step: '0.05',
  },
];

/** What the user typed, field by field. */
export type SizingDraft = Record<SizingField, string>;

/** The inputs as last saved in the form, or the defaults with no throughput. */
export function draftFrom(saved?: Partial<BrokerSizingInputs>): SizingDraft {
  const text = (field: SizingField) => {
    const value =
      saved?.[field] ??
      (field === 'peakWriteMBps' ? undefined : DEFAULT_SIZING_INPUTS[field]);
    return value === undefined ? '' : String(value);
  };
  return {
    peakWriteMBps: text('peakWriteMBps'),
    readFanout: text('readFanout'),
    retentionHours: text('retentionHours'),
    replicationFactor: text('replicationFactor'),
    headroom: text('headroom'),
  };
}

/** Where the assistant stands for a draft. */
export interface SizingAssessment {
  /** What to keep in `brokers.sizing`; undefined when there is no throughput yet. */
  saved?: Partial<BrokerSizingInputs>;
  /** Invalid inputs, each naming its field. */
  problems: RequestProblem[];
  /** The recommendation, when every input is valid. */
  sizing?: KafkaSizing;
}

/**
 * Reads a draft: no throughput means no sizing at all; otherwise the
 * inputs are checked by the model, which names each bad field.
 */
export function assessDraft(
  draft: SizingDraft,
  zones: number,
  prices: EbsPrices,
): SizingAssessment {
  if (draft.peakWriteMBps.trim() === '') return { problems: [] };
  const parsed = Object.fromEntries(
    SIZING_FIELDS.map(({ field }) => [field, parseNumber(draft[field])]),
  ) as Record<SizingField, number | undefined>;
  // Only numbers go into the form data; blanks and text stay out, so the
  // form's own schema stops the user at "Next".
  const saved = Object.fromEntries(
    Object.entries(parsed).filter(([, v]) => Number.isFinite(v)),
  ) as Partial<BrokerSizingInputs>;
  const validation = validateSizingInputs({ ...parsed, zones });
  if (!validation.ok) return { saved, problems: validation.problems };
  return {
    saved,
    problems: [],
    sizing: sizeKafkaCluster(validation.inputs, prices),
  };
}

function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return Number(text);
}

/**
 * The brokers with the recommendation filled in. gp3 IOPS and throughput go
 * with it: set when the recommendation provisions them, cleared otherwise
 * (st1 refuses them; the included gp3 performance needs no value).
 */
export function withRecommendation(
  brokers: BrokersFormData,
  sizing: KafkaSizing,
): BrokersFormData {
  const { iops: _iops, throughputMiBps: _throughput, ...rest } = brokers;
  return { ...rest, ...sizing.brokerVolumes };
}

/** True when the brokers already are what the recommendation says. */
export function followsRecommendation(
  brokers: BrokersFormData,
  sizing: KafkaSizing,
): boolean {
  const recommended = sizing.brokerVolumes;
  return (
    brokers.replicas === recommended.replicas &&
    brokers.storageClass === recommended.storageClass &&
    brokers.volumeSizeGi === recommended.volumeSizeGi &&
    brokers.iops === recommended.iops &&
    brokers.throughputMiBps === recommended.throughputMiBps
  );
}

/** The zones from the form's AWS page; 3, the template's default, until then. */
export function zonesOf(formContext: unknown): number {
  const zones = (formContext as { formData?: { zones?: unknown } } | undefined)
    ?.formData?.zones;
  return typeof zones === 'number' && Number.isInteger(zones) && zones > 0
    ? zones
    : DEFAULT_SIZING_INPUTS.zones;
}
