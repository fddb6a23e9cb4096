// The demo portal of the embedded default: the production backend plus the
// demo module (a loopback Kubernetes API with demo clusters, and clusters
// created from the template that come alive). Production never imports it.
import { createPortalBackend } from 'backend/portal';

const backend = createPortalBackend();
backend.add(import('@kafka-on-eks/plugin-kafka-on-eks-backend-module-demo'));
backend.start();
