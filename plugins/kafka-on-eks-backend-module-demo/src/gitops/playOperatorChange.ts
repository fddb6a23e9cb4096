import {
  playStrimziOperator,
  type KubeObject,
  type ObjectRef,
  type OperatorOptions,
} from '@internal/kube-loopback';
import { toStorageSize } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { refKey, refOf } from './playArgoSync';

/** A status patch of one object. */
export interface StatusPatch {
  ref: ObjectRef;
  status: object;
}

/** What the operator, the scheduler and the EBS CSI driver do after a sync. */
export interface OperatorPlan {
  /** Objects to create or replace whole. */
  apply: object[];
  patchStatus: StatusPatch[];
  delete: ObjectRef[];
  /** What completes later: volume resizes and modifications. */
  later: { apply: object[]; patchStatus: StatusPatch[] };
}

// What Strimzi reconciles and reports status on.
const STRIMZI_KINDS = new Set(['Kafka', 'KafkaNodePool', 'KafkaTopic']);
// What the scheduler, the CSI driver or Terraform make once and then leave.
const CREATED_ONCE = new Set([
  'Node',
  'PersistentVolume',
  'StorageClass',
  'VolumeAttributesClass',
]);

const bytes = (quantity: unknown) =>
  typeof quantity === 'string' ? toStorageSize(quantity)?.bytes : undefined;

/**
 * The operator's side of a change that Argo CD has just synced, over the
 * cluster as it is: Strimzi reports the new generation reconciled (a new
 * topic becomes Ready), new brokers get pods and volumes in their zones,
 * removed brokers' pods go (their claims stay, as `deleteClaim: false`
 * wants), a grown claim is resizing until `later`, and a claim with a new
 * VolumeAttributesClass is being modified until `later`. Pure: the existing
 * EBS volumes keep their ids.
 */
export function playOperatorChange(options: {
  live: KubeObject[];
  manifests: object[];
  operator: OperatorOptions;
}): OperatorPlan {
  const { now } = options.operator;
  const live = new Map(options.live.map(o => [refKey(refOf(o)), o]));
  const desired = playStrimziOperator(
    options.manifests as any[],
    options.operator,
  ) as KubeObject[];
  const plan: OperatorPlan = {
    apply: [],
    patchStatus: [],
    delete: [],
    later: { apply: [], patchStatus: [] },
  };
  const desiredKeys = new Set(desired.map(o => refKey(refOf(o))));
  const pvs = new Map(
    options.live
      .filter(o => o.kind === 'PersistentVolume')
      .map(pv => [(pv.spec as any)?.claimRef?.name, pv]),
  );

  for (const object of desired) {
    const ref = refOf(object);
    const existing = live.get(refKey(ref));
    if (STRIMZI_KINDS.has(object.kind)) {
      // Argo CD created or updated it; the operator reports on that generation.
      if (!existing) continue;
      plan.patchStatus.push({
        ref,
        status: {
          ...(object.status as object),
          observedGeneration: existing.metadata.generation ?? 1,
        },
      });
    } else if (!existing) {
      plan.apply.push(object);
    } else if (object.kind === 'Pod') {
      // A new Kafka version rolls the pod with the new image.
      const image = (o: KubeObject) => (o.spec as any)?.containers?.[0]?.image;
      if (image(existing) !== image(object)) plan.apply.push(object);
    } else if (object.kind === 'PersistentVolumeClaim') {
      changeClaim(plan, existing, object, pvs.get(ref.name), now);
    } else if (!CREATED_ONCE.has(object.kind)) {
      plan.apply.push(object);
    }
  }

  const kafkas = new Set(
    desired
      .filter(o => o.kind === 'Kafka')
      .map(o => `${o.metadata.namespace}/${o.metadata.name}`),
  );
  for (const pod of options.live.filter(o => o.kind === 'Pod')) {
    const cluster = pod.metadata.labels?.['strimzi.io/cluster'];
    if (
      cluster &&
      kafkas.has(`${pod.metadata.namespace}/${cluster}`) &&
      !desiredKeys.has(refKey(refOf(pod)))
    ) {
      plan.delete.push(refOf(pod));
    }
  }
  return plan;
}

function changeClaim(
  plan: OperatorPlan,
  existing: KubeObject,
  desired: KubeObject,
  pv: KubeObject | undefined,
  now: string,
) {
  const spec = existing.spec as any;
  const want = desired.spec as any;
  const from = spec.resources?.requests?.storage;
  const to = want.resources?.requests?.storage;
  const grows = (bytes(to) ?? 0) > (bytes(from) ?? 0);
  const fromClass = spec.volumeAttributesClassName;
  const toClass = want.volumeAttributesClassName;
  const modifies = toClass !== undefined && toClass !== fromClass;
  if (!grows && !modifies) return;

  const ref = refOf(existing);
  const status = { ...(existing.status as any) };
  if (grows) {
    status.conditions = [
      { type: 'Resizing', status: 'True', lastTransitionTime: now },
    ];
    status.allocatedResources = { storage: to };
  }
  if (modifies) {
    status.modifyVolumeStatus = {
      status: 'InProgress',
      targetVolumeAttributesClassName: toClass,
    };
  }
  plan.apply.push({
    ...existing,
    spec: {
      ...spec,
      resources: {
        ...spec.resources,
        requests: { storage: grows ? to : from },
      },
      ...(modifies && { volumeAttributesClassName: toClass }),
    },
    status,
  });
  plan.later.patchStatus.push({
    ref,
    status: {
      ...(grows && {
        conditions: null,
        allocatedResources: null,
        capacity: { storage: to },
      }),
      ...(modifies && {
        modifyVolumeStatus: null,
        currentVolumeAttributesClassName: toClass,
      }),
    },
  });
  if (pv) {
    const pvSpec = pv.spec as any;
    plan.later.apply.push({
      ...pv,
      spec: {
        ...pvSpec,
        ...(grows && { capacity: { storage: to } }),
        ...(modifies && { volumeAttributesClassName: toClass }),
      },
    });
  }
}
