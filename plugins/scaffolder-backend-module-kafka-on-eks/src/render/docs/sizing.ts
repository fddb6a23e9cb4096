import {
  DEFAULT_EBS_PRICES,
  EBS_LIMITS,
  formatMoney,
  sizingReportFor,
  type BrokerVolumes,
  type KafkaClusterRequest,
  type SizingReport,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { markdownTable } from './markdown';

const number = (value: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value);

/**
 * The sizing inputs, the recommendation worked out from them and the monthly
 * EBS cost, next to what this repository asks for, so the reviewers of the
 * pull request see the reasoning. Every value is a validated number or text
 * the model wrote: nothing the user typed as free text.
 */
export function sizingSection(request: KafkaClusterRequest): string {
  const report = sizingReportFor(request);
  if (!report) {
    return 'No sizing inputs were given: the brokers were sized by hand in the form, so there is no recommendation or cost estimate to compare them with.';
  }
  const { recommendation: sizing } = report;
  return [
    `The template's sizing assistant worked this out from the workload below. Costs are per month for the broker volumes only, at ${DEFAULT_EBS_PRICES.region} EBS list prices (aws.amazon.com/ebs/pricing, read 2026-11); sizes are in GiB (1 GiB = 1,073,741,824 bytes), throughput in MB/s (1 MB = 1,000,000 bytes) unless it says MiB/s (1 MiB = 1,048,576 bytes).`,
    '',
    '### Inputs',
    '',
    markdownTable(
      ['input', 'value'],
      [
        [
          'Peak write throughput',
          `${number(sizing.inputs.peakWriteMBps)} MB/s`,
        ],
        ['Consumer groups reading everything', sizing.inputs.readFanout],
        ['Retention', `${number(sizing.inputs.retentionHours)} h`],
        ['Replication factor', sizing.inputs.replicationFactor],
        ['Headroom', `${number(sizing.inputs.headroom * 100)} %`],
        ['Availability zones', sizing.inputs.zones],
      ],
    ),
    '',
    '### Recommendation',
    '',
    markdownTable(
      ['output', 'value', 'why'],
      [
        ['Brokers', sizing.brokers.value, sizing.brokers.reason],
        [
          'Volume per broker',
          `${number(sizing.volumeSizeGi.value)} GiB`,
          sizing.volumeSizeGi.reason,
        ],
        ['Volume type', sizing.storageClass.value, sizing.storageClass.reason],
        [
          'gp3 IOPS and throughput',
          `${number(sizing.gp3Performance.value.iops)} IOPS, ${number(
            sizing.gp3Performance.value.throughputMiBps,
          )} MiB/s`,
          sizing.gp3Performance.reason,
        ],
        ['EBS limits', 'per volume', sizing.ebsLimits.reason],
        [
          'Monthly EBS cost',
          money(sizing.monthlyCost.value.total, report),
          sizing.monthlyCost.reason,
        ],
        [
          'Kinesis Data Streams (comparison only)',
          `${number(sizing.kinesisComparison.value.shards)} shards`,
          sizing.kinesisComparison.reason,
        ],
      ],
    ),
    '',
    '### Recommended and chosen',
    '',
    markdownTable(
      ['', 'recommended', 'in this repository'],
      comparisonRows(sizing.brokerVolumes, report.chosen).concat([
        [
          'Monthly EBS cost',
          money(sizing.monthlyCost.value.total, report),
          money(report.chosenCost.total, report),
        ],
      ]),
    ),
    '',
    warningsOf(report),
  ].join('\n');
}

function money(amount: number, report: SizingReport): string {
  return formatMoney(amount, report.recommendation.monthlyCost.value.currency);
}

function comparisonRows(
  recommended: BrokerVolumes,
  chosen: BrokerVolumes,
): Array<Array<string | number>> {
  const gp3 = EBS_LIMITS.gp3;
  const iops = (v: BrokerVolumes) =>
    v.storageClass === 'gp3' ? number(v.iops ?? gp3.baselineIops) : 'n/a (st1)';
  const throughput = (v: BrokerVolumes) =>
    v.storageClass === 'gp3'
      ? `${number(v.throughputMiBps ?? gp3.baselineThroughputMiBps)} MiB/s`
      : 'n/a (st1)';
  return [
    ['Brokers', recommended.replicas, chosen.replicas],
    ['Volume type', recommended.storageClass, chosen.storageClass],
    [
      'Volume per broker',
      `${number(recommended.volumeSizeGi)} GiB`,
      `${number(chosen.volumeSizeGi)} GiB`,
    ],
    ['gp3 IOPS', iops(recommended), iops(chosen)],
    ['gp3 throughput', throughput(recommended), throughput(chosen)],
  ];
}

function warningsOf(report: SizingReport): string {
  const lines = [
    ...report.recommendation.warnings.map(w => `- ${w}`),
    ...report.chosenWarnings.map(w => `- \`${w.path}\`: ${w.message}`),
  ];
  if (lines.length === 0) {
    return 'The chosen brokers hold the retention and sustain the writes the sizing assumed.';
  }
  return ['**Warnings for reviewers:**', '', ...lines].join('\n');
}
