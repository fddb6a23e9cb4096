import { createBackend } from '@backstage/backend-defaults';

// A minimal backend with only this plugin, for working on it alone:
//   yarn workspace @kafka-on-eks/plugin-kafka-on-eks-backend start
//   curl http://127.0.0.1:7007/api/kafka-on-eks/health
const backend = createBackend();
backend.add(import('../src'));
backend.start();
