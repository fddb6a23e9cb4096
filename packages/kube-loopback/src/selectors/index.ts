import type { KubeObject } from '../api/types';
import type { ResourceType } from '../resources';
import { matchesFields, parseFieldSelector } from './fieldSelector';
import { matchesLabels, parseLabelSelector } from './labelSelector';

export {
  parseLabelSelector,
  matchesLabels,
  type LabelRequirement,
} from './labelSelector';
export {
  parseFieldSelector,
  matchesFields,
  selectableFields,
  type FieldRequirement,
} from './fieldSelector';

/** A predicate for `labelSelector` and `fieldSelector` query parameters; throws 400 on bad syntax. */
export function compileSelectors(
  type: ResourceType,
  labelSelector: string | undefined,
  fieldSelector: string | undefined,
): ((obj: KubeObject) => boolean) | undefined {
  const labels = labelSelector ? parseLabelSelector(labelSelector) : [];
  const fields = fieldSelector ? parseFieldSelector(fieldSelector, type) : [];
  if (!labels.length && !fields.length) return undefined;
  return obj =>
    matchesLabels(labels, obj.metadata.labels) && matchesFields(fields, obj);
}
