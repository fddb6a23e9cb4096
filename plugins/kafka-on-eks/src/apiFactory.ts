import {
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { KafkaOnEksClient, kafkaOnEksApiRef } from './api';

/** The client on the app's discovery and fetch APIs, for both frontend systems. */
export const kafkaOnEksApiFactory = createApiFactory({
  api: kafkaOnEksApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new KafkaOnEksClient({ discoveryApi, fetchApi }),
});
