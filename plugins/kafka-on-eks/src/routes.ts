import { createExternalRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the "Change this cluster" menu opens the change template: the
 * scaffolder's template page. Optional: unbound, the menu is not shown.
 * The new frontend system binds it to `scaffolder.selectedTemplate` by
 * default; a legacy app binds it in `bindRoutes`.
 *
 * @public
 */
export const createChangeTemplateRouteRef = createExternalRouteRef({
  id: 'kafka-on-eks:create-change',
  optional: true,
  params: ['namespace', 'templateName'],
  defaultTarget: 'scaffolder.selectedTemplate',
});
