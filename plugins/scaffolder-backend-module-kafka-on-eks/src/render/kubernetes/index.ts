import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { GITOPS_PATHS, KAFKA_NAMESPACE } from '../naming';
import type { RenderedFile } from '../types';
import {
  kafkaApplication,
  operatorApplication,
  prometheusCrdsApplication,
} from './argocd';
import { hasCruiseControl, rebalanceTemplate } from './cruiseControl';
import { kafkaResource } from './kafka';
import { metricsConfigMap } from './metrics';
import { NAMESPACE_FILE } from './names';
import { brokerPool, controllerPool } from './nodePools';
import { podMonitors } from './podMonitors';
import { kafkaTopics } from './topics';
import { yamlFile } from './yaml';

const argocd = (file: string) => `${GITOPS_PATHS.applications}/${file}`;
const kafka = (file: string) => `${GITOPS_PATHS.kafka}/${file}`;

/**
 * The `kubernetes/` folder of the generated repository: Argo CD
 * Applications in `kubernetes/argocd` (synced by the app of apps Terraform
 * bootstraps) and the Strimzi resources in `kubernetes/kafka`. Pure.
 */
export function renderKubernetes(request: KafkaClusterRequest): RenderedFile[] {
  const topics = kafkaTopics(request);
  return [
    yamlFile(argocd('strimzi-operator.yaml'), [operatorApplication(request)]),
    yamlFile(argocd('kafka.yaml'), [kafkaApplication(request)]),
    yamlFile(argocd('prometheus-operator-crds.yaml'), [
      prometheusCrdsApplication(),
    ]),
    yamlFile(kafka(NAMESPACE_FILE), [
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: KAFKA_NAMESPACE },
      },
    ]),
    yamlFile(kafka('kafka.yaml'), [kafkaResource(request)]),
    yamlFile(kafka('node-pools.yaml'), [
      controllerPool(request),
      brokerPool(request),
    ]),
    yamlFile(kafka('metrics-config.yaml'), [metricsConfigMap(request)]),
    ...(hasCruiseControl(request)
      ? [
          yamlFile(kafka('rebalance-template.yaml'), [
            rebalanceTemplate(request),
          ]),
        ]
      : []),
    ...(topics.length > 0 ? [yamlFile(kafka('topics.yaml'), topics)] : []),
    yamlFile(kafka('pod-monitors.yaml'), podMonitors(request)),
  ];
}
