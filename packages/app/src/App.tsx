import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { kafkaOnEksScaffolderModule } from '@kafka-on-eks/plugin-kafka-on-eks';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  // kafkaOnEksScaffolderModule: the Kafka on EKS template's sizing assistant field.
  features: [catalogPlugin, navModule, homeModule, kafkaOnEksScaffolderModule],
});
