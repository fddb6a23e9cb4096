import { STRIMZI_CRDS_URL } from './charts';
import { KEEP, SYNC_OPTIONS } from './names';
import { toYaml } from './yaml';

/**
 * kubernetes/strimzi-crds/kustomization.yaml: Strimzi's CRDs from the
 * release asset of the pinned version, each annotated so Argo CD neither
 * prunes nor deletes it (deleting a CRD deletes every object of its kind).
 */
export function strimziCrdsKustomization() {
  // A strategic-merge patch; its name is a placeholder, as the target
  // selects every CRD. Kustomize takes the patch as YAML text.
  const patch = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'any', annotations: { [SYNC_OPTIONS]: KEEP } },
  };
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [STRIMZI_CRDS_URL],
    patches: [
      { target: { kind: 'CustomResourceDefinition' }, patch: toYaml(patch) },
    ],
  };
}
