import type { KafkaClusterRequest } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { gitCloneUrl } from '../naming';
import { attributes, blank, comment, renderFile } from './body';

/** `terraform.tfvars`: the choices made in Backstage, all serialized values. */
export function renderTfvars(request: KafkaClusterRequest): string {
  const { controllers, brokers } = request;
  return renderFile([
    ...comment('Chosen in Backstage when this repository was generated.'),
    ...attributes({
      name: request.name,
      owner: request.owner,
      region: request.region,
      zones: request.zones,
      kubernetes_version: request.kubernetesVersion,
      kafka_version: request.kafkaVersion,
    }),
    blank,
    ...attributes({
      controller_replicas: controllers.replicas,
      controller_instance_type: controllers.instanceType,
      controller_volume_size_gi: controllers.volumeSizeGi,
    }),
    blank,
    ...attributes({
      broker_replicas: brokers.replicas,
      broker_instance_type: brokers.instanceType,
      broker_storage_class: brokers.storageClass,
      broker_volume_size_gi: brokers.volumeSizeGi,
    }),
    blank,
    ...attributes({
      gitops_repo_url: gitCloneUrl(request.repoUrl, request.name),
    }),
  ]);
}
