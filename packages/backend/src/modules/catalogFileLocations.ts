import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * Lets the catalog register `file` locations, besides `url`: the demo
 * portal's `kafka-on-eks:publish-local` registers the catalog-info.yaml of
 * repositories it commits on this machine. Only while local publishing is
 * configured (the embedded default); production keeps `url` alone.
 */
export const catalogModuleFileLocations = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'file-locations',
  register(reg) {
    reg.registerInit({
      deps: {
        locations: catalogLocationsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ locations, config }) {
        if (config.has('kafkaOnEks.localPublish.directory')) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});
