import type { KafkaClusterRequest, RequestProblem } from '../request/types';
import { brokerChoiceWarnings } from './brokerChoiceWarnings';
import {
  monthlyEbsCost,
  type BrokerVolumes,
  type MonthlyEbsCost,
} from './monthlyCost';
import { DEFAULT_EBS_PRICES, type EbsPrices } from './prices';
import { sizeKafkaCluster, type KafkaSizing } from './sizeKafkaCluster';

/**
 * The sizing of a request next to what it actually asks for: the
 * recommendation, the chosen brokers, their cost and the rules they break.
 *
 * @public
 */
export interface SizingReport {
  recommendation: KafkaSizing;
  chosen: BrokerVolumes;
  chosenCost: MonthlyEbsCost;
  chosenWarnings: RequestProblem[];
}

/**
 * The sizing report of a validated request, or undefined when its brokers
 * carry no sizing inputs (they were sized by hand).
 *
 * @public
 */
export function sizingReportFor(
  request: Pick<KafkaClusterRequest, 'zones' | 'brokers'>,
  prices: EbsPrices = DEFAULT_EBS_PRICES,
): SizingReport | undefined {
  const { sizing, ...brokers } = request.brokers;
  if (!sizing) return undefined;
  const recommendation = sizeKafkaCluster(
    { ...sizing, zones: request.zones },
    prices,
  );
  const chosen: BrokerVolumes = {
    replicas: brokers.replicas,
    storageClass: brokers.storageClass,
    volumeSizeGi: brokers.volumeSizeGi,
    iops: brokers.iops,
    throughputMiBps: brokers.throughputMiBps,
  };
  return {
    recommendation,
    chosen,
    chosenCost: monthlyEbsCost(chosen, prices),
    chosenWarnings: brokerChoiceWarnings(chosen, recommendation.inputs),
  };
}
