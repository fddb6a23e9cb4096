import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import scaffolderPlugin from '@backstage/plugin-scaffolder/alpha';
import kafkaOnEksPlugin, {
  kafkaOnEksScaffolderModule,
} from '@kafka-on-eks/plugin-kafka-on-eks';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  // kafkaOnEksScaffolderModule: the Kafka on EKS templates' form fields.
  features: [catalogPlugin, navModule, homeModule, kafkaOnEksScaffolderModule],
  bindRoutes({ bind }) {
    // The Kafka tab's "Change this cluster" menu opens the change template.
    // This is the plugin's default too; said here so the demo does not
    // depend on it.
    bind(kafkaOnEksPlugin.externalRoutes, {
      createChangeTemplate: scaffolderPlugin.routes.selectedTemplate,
    });
  },
});
