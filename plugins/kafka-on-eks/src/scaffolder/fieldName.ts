/**
 * The `ui:field` name of the sizing assistant, as the template uses it on
 * its `brokers` object.
 *
 * @public
 */
export const KAFKA_SIZING_ASSISTANT_FIELD = 'KafkaSizingAssistant';

/**
 * The `ui:field` name of the EKS version picker, on the template's
 * `kubernetesVersion`.
 *
 * @public
 */
export const KAFKA_KUBERNETES_VERSION_FIELD = 'KafkaKubernetesVersionPicker';

/**
 * The `ui:field` name of the change editor, on the change template's
 * `desired`.
 *
 * @public
 */
export const KAFKA_CLUSTER_CHANGE_FIELD = 'KafkaClusterChange';
