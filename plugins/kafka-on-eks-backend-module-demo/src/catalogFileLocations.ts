import { createBackendModule } from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * Lets the demo catalog register `file` locations, besides `url`:
 * `kafka-on-eks:publish-local` registers the catalog-info.yaml of the
 * repositories it commits on this machine. Production keeps `url` alone.
 */
export const catalogModuleDemoFileLocations = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'kafka-on-eks-demo-file-locations',
  register(reg) {
    reg.registerInit({
      deps: { locations: catalogLocationsExtensionPoint },
      async init({ locations }) {
        locations.setAllowedLocationTypes(['url', 'file']);
      },
    });
  },
});
