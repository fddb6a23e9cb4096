import type {
  KafkaLocation,
  KafkaViewError,
  KafkaViewObjectKind,
  StrimziApiVersion,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { nodeFactsOf, sameNodeFacts, type NodeFacts } from './kubernetesNodes';
import {
  APPLICATION_KAFKA_LABEL,
  type ArgoCdApplication,
  type KubernetesObject,
  type PersistentVolume,
  type PersistentVolumeClaim,
  type Pod,
  type StorageClass,
  type StrimziKafka,
  type StrimziKafkaNodePool,
  type StrimziKafkaRebalance,
  type StrimziKafkaTopic,
  type VolumeAttributesClass,
} from './kubernetesObjects';
import {
  normalizeKafka,
  normalizeNodePool,
  normalizeStrimziObject,
  strimziApiVersionOf,
  type NormalizedKafka,
} from './normalize';
import { CLUSTER_LABEL } from './strimziNames';
import type {
  IndexedError,
  KafkaObjectsSnapshot,
} from './KafkaObjectsSnapshot';

/** Namespaced kinds filed under the Kafka named by their `strimzi.io/cluster` label. */
type LabelledKind =
  | 'KafkaNodePool'
  | 'KafkaTopic'
  | 'KafkaRebalance'
  | 'Pod'
  | 'PersistentVolumeClaim';
type NamespacedKind = 'Kafka' | LabelledKind;

interface KafkaBucket {
  kafka?: NormalizedKafka;
  KafkaNodePool: Map<string, StrimziKafkaNodePool>;
  KafkaTopic: Map<string, StrimziKafkaTopic>;
  KafkaRebalance: Map<string, StrimziKafkaRebalance>;
  Pod: Map<string, Pod>;
  PersistentVolumeClaim: Map<string, PersistentVolumeClaim>;
}

const LABELLED_KINDS: readonly LabelledKind[] = [
  'KafkaNodePool',
  'KafkaTopic',
  'KafkaRebalance',
  'Pod',
  'PersistentVolumeClaim',
];

interface ClusterState {
  /** By `<namespace>/<kafka>`. */
  buckets: Map<string, KafkaBucket>;
  /**
   * Which bucket holds each namespaced object, by `<namespace>/<name>`, so a
   * delete or a changed label finds the object without a scan.
   */
  placements: Record<NamespacedKind, Map<string, string>>;
  persistentVolumes: Map<string, PersistentVolume>;
  /** PV name by its claimRef `<namespace>/<name>`. */
  volumeNameByClaim: Map<string, string>;
  storageClasses: Map<string, StorageClass>;
  volumeAttributesClasses: Map<string, VolumeAttributesClass>;
  /** Only what the view reads of each node, by name. */
  nodes: Map<string, NodeFacts>;
  /** Nodes are unknown, not absent, until the first list. */
  nodesListed: boolean;
  /**
   * Argo CD Applications by `<namespace>/<name>`; undefined while the
   * cluster serves no Application CRD (or before the first list).
   */
  applications?: Map<string, ArgoCdApplication>;
  confirmedAt?: string;
  strimziApiVersion?: StrimziApiVersion;
  errors: Map<'cluster' | KafkaViewObjectKind, KafkaViewError>;
  /** Bumped by every change, so a view built from it can be reused until then. */
  revision: number;
}

const keyOf = (namespace: string, name: string) => `${namespace}/${name}`;
const toIso = (at: Date | string) =>
  typeof at === 'string' ? at : at.toISOString();

/**
 * The watched objects of every Kubernetes cluster, filed so that one Kafka's
 * objects are found without looking at any other Kafka's: cluster, then
 * namespace and Kafka name for Strimzi objects, pods and PVCs, and by name
 * (PVs also by claim) for cluster-scoped storage objects and nodes.
 *
 * The kind is passed explicitly because list responses of core kinds carry
 * no `kind` on their items. Objects are kept by reference and never changed.
 */
export class ClusterObjectIndex {
  private readonly clusters = new Map<string, ClusterState>();
  /** Revisions come from one counter, so a forgotten and re-added cluster never reuses one. */
  private changes = 0;

  /** Adds or replaces one object (an informer's add or update). */
  upsert(
    cluster: string,
    kind: KafkaViewObjectKind,
    object: KubernetesObject,
  ): void {
    const state = this.stateOf(cluster);
    const name = object.metadata?.name;
    if (!name) return;
    if (kind === 'Node') {
      this.putNode(state, object);
      return;
    }
    state.revision = ++this.changes;
    switch (kind) {
      case 'PersistentVolume':
        this.putPersistentVolume(state, object as PersistentVolume);
        return;
      case 'StorageClass':
        state.storageClasses.set(name, object);
        return;
      case 'VolumeAttributesClass':
        state.volumeAttributesClasses.set(name, object);
        return;
      case 'Application':
        (state.applications ??= new Map()).set(
          keyOf(object.metadata?.namespace ?? '', name),
          object,
        );
        return;
      default:
        this.place(state, kind, object);
    }
  }

  /** Forgets one object (an informer's delete). */
  remove(
    cluster: string,
    kind: KafkaViewObjectKind,
    object: KubernetesObject,
  ): void {
    const state = this.clusters.get(cluster);
    const name = object.metadata?.name;
    if (!state || !name) return;
    state.revision = ++this.changes;
    switch (kind) {
      case 'PersistentVolume':
        this.deletePersistentVolume(state, name);
        return;
      case 'Node':
        state.nodes.delete(name);
        return;
      case 'StorageClass':
        state.storageClasses.delete(name);
        return;
      case 'VolumeAttributesClass':
        state.volumeAttributesClasses.delete(name);
        return;
      case 'Application':
        state.applications?.delete(
          keyOf(object.metadata?.namespace ?? '', name),
        );
        return;
      default: {
        const namespace = object.metadata?.namespace;
        if (namespace) this.unplace(state, kind, namespace, name);
      }
    }
  }

  /** Replaces every object of one kind in one cluster (after a relist). */
  replaceAll(
    cluster: string,
    kind: KafkaViewObjectKind,
    objects: Iterable<KubernetesObject>,
  ): void {
    const state = this.stateOf(cluster);
    state.revision = ++this.changes;
    switch (kind) {
      case 'PersistentVolume':
        state.persistentVolumes.clear();
        state.volumeNameByClaim.clear();
        break;
      case 'StorageClass':
        state.storageClasses.clear();
        break;
      case 'VolumeAttributesClass':
        state.volumeAttributesClasses.clear();
        break;
      case 'Node':
        state.nodes.clear();
        state.nodesListed = true;
        break;
      case 'Application':
        // An empty list still says Argo CD is there.
        state.applications = new Map();
        break;
      default:
        for (const [id, key] of state.placements[kind]) {
          this.dropFromBucket(state, kind, key, id.slice(id.indexOf('/') + 1));
        }
        state.placements[kind].clear();
    }
    for (const object of objects) this.upsert(cluster, kind, object);
  }

  /**
   * Records that the cluster does not serve an optional kind (Argo CD's
   * Application): not an error, and what was cached of it goes.
   */
  markKindAbsent(cluster: string, kind: KafkaViewObjectKind): void {
    const state = this.stateOf(cluster);
    if (kind === 'Application') state.applications = undefined;
    state.errors.delete(kind);
    state.revision = ++this.changes;
  }

  /** Records that the cluster answered (a list, a watch event or a bookmark). */
  markConfirmed(cluster: string, at: Date | string): void {
    this.stateOf(cluster).confirmedAt = toIso(at);
  }

  /**
   * Sets the Strimzi API version a cluster serves, for clusters that have
   * the CRDs but no Strimzi object yet. Objects read later also set it.
   */
  setStrimziApiVersion(cluster: string, version: StrimziApiVersion): void {
    const state = this.stateOf(cluster);
    state.strimziApiVersion = version;
    state.revision = ++this.changes;
  }

  /**
   * Records a failure of the whole cluster (`kind` undefined) or of one kind.
   * What was cached before stays: a failing part never empties the rest.
   * `since` keeps the first time an error of the same type was seen.
   */
  setError(
    cluster: string,
    kind: KafkaViewObjectKind | undefined,
    error: IndexedError,
    at: Date | string = new Date(),
  ): void {
    const scope = kind ?? 'cluster';
    const state = this.stateOf(cluster);
    state.revision = ++this.changes;
    const errors = state.errors;
    const previous = errors.get(scope);
    errors.set(scope, {
      scope,
      type: error.type,
      message: error.message,
      since: previous?.type === error.type ? previous.since : toIso(at),
    });
  }

  /** Clears the failure of the whole cluster (`kind` undefined) or of one kind. */
  clearError(cluster: string, kind?: KafkaViewObjectKind): void {
    const state = this.clusters.get(cluster);
    if (state?.errors.delete(kind ?? 'cluster'))
      state.revision = ++this.changes;
  }

  /** Forgets a cluster entirely, e.g. when it leaves the configuration. */
  removeCluster(cluster: string): void {
    this.clusters.delete(cluster);
  }

  /**
   * Changes with anything recorded for the cluster: a view built at one
   * revision holds until the next.
   */
  revision(cluster: string): number {
    return this.clusters.get(cluster)?.revision ?? 0;
  }

  /** True once anything was recorded for the cluster. */
  hasCluster(cluster: string): boolean {
    return this.clusters.has(cluster);
  }

  /** The objects of one Kafka; O(objects of that Kafka). */
  snapshot(location: KafkaLocation): KafkaObjectsSnapshot {
    const state = this.clusters.get(location.cluster);
    const bucket = state?.buckets.get(
      keyOf(location.namespace, location.kafka),
    );
    const snapshot: KafkaObjectsSnapshot = {
      location,
      observedAt: state?.confirmedAt,
      strimziApiVersion: state?.strimziApiVersion,
      kafka: bucket?.kafka,
      nodePools: bucket ? [...bucket.KafkaNodePool.values()] : [],
      topics: bucket ? [...bucket.KafkaTopic.values()] : [],
      rebalances: bucket ? [...bucket.KafkaRebalance.values()] : [],
      pods: bucket ? [...bucket.Pod.values()] : [],
      persistentVolumeClaims: bucket
        ? [...bucket.PersistentVolumeClaim.values()]
        : [],
      volumeByClaim: new Map(),
      storageClasses: new Map(),
      volumeAttributesClasses: new Map(),
      ...(state?.nodesListed && { nodes: [...state.nodes.values()] }),
      ...(state?.applications && {
        applications: applicationsOf(state.applications, location.kafka),
      }),
      errors: state ? [...state.errors.values()] : [],
    };
    if (!state) return snapshot;

    const volumeByClaim = new Map<string, PersistentVolume>();
    const storageClasses = new Map<string, StorageClass>();
    const volumeAttributesClasses = new Map<string, VolumeAttributesClass>();
    for (const claim of snapshot.persistentVolumeClaims) {
      const name = claim.metadata?.name ?? '';
      const volumeName =
        claim.spec?.volumeName ||
        state.volumeNameByClaim.get(keyOf(location.namespace, name));
      const volume = volumeName && state.persistentVolumes.get(volumeName);
      if (volume) volumeByClaim.set(name, volume);
      copyNamed(
        state.storageClasses,
        claim.spec?.storageClassName,
        storageClasses,
      );
      copyNamed(
        state.volumeAttributesClasses,
        claim.spec?.volumeAttributesClassName,
        volumeAttributesClasses,
      );
    }
    snapshot.errors.sort(
      (a, b) => Number(b.scope === 'cluster') - Number(a.scope === 'cluster'),
    );
    return {
      ...snapshot,
      volumeByClaim,
      storageClasses,
      volumeAttributesClasses,
    };
  }

  private stateOf(cluster: string): ClusterState {
    let state = this.clusters.get(cluster);
    if (!state) {
      state = {
        buckets: new Map(),
        placements: {
          Kafka: new Map(),
          KafkaNodePool: new Map(),
          KafkaTopic: new Map(),
          KafkaRebalance: new Map(),
          Pod: new Map(),
          PersistentVolumeClaim: new Map(),
        },
        persistentVolumes: new Map(),
        volumeNameByClaim: new Map(),
        storageClasses: new Map(),
        volumeAttributesClasses: new Map(),
        nodes: new Map(),
        nodesListed: false,
        errors: new Map(),
        revision: 0,
      };
      this.clusters.set(cluster, state);
    }
    return state;
  }

  private place(
    state: ClusterState,
    kind: NamespacedKind,
    object: KubernetesObject,
  ): void {
    const namespace = object.metadata?.namespace;
    const name = object.metadata?.name;
    if (!namespace || !name) return;
    const kafkaName =
      kind === 'Kafka' ? name : object.metadata?.labels?.[CLUSTER_LABEL];
    const key = kafkaName ? keyOf(namespace, kafkaName) : undefined;

    // A changed (or removed) strimzi.io/cluster label moves the object.
    const previous = state.placements[kind].get(keyOf(namespace, name));
    if (previous !== undefined && previous !== key) {
      this.unplace(state, kind, namespace, name);
    }
    if (!key) return;

    const version = strimziApiVersionOf(object);
    if (version) state.strimziApiVersion = version;
    let bucket = state.buckets.get(key);
    if (!bucket) {
      bucket = {
        KafkaNodePool: new Map(),
        KafkaTopic: new Map(),
        KafkaRebalance: new Map(),
        Pod: new Map(),
        PersistentVolumeClaim: new Map(),
      };
      state.buckets.set(key, bucket);
    }
    if (kind === 'Kafka') {
      bucket.kafka = normalizeKafka(object as StrimziKafka);
    } else if (kind === 'KafkaNodePool') {
      bucket.KafkaNodePool.set(name, normalizeNodePool(object));
    } else {
      (bucket[kind] as Map<string, KubernetesObject>).set(
        name,
        normalizeStrimziObject(object),
      );
    }
    state.placements[kind].set(keyOf(namespace, name), key);
  }

  private unplace(
    state: ClusterState,
    kind: NamespacedKind,
    namespace: string,
    name: string,
  ): void {
    const id = keyOf(namespace, name);
    const key = state.placements[kind].get(id);
    if (key === undefined) return;
    state.placements[kind].delete(id);
    this.dropFromBucket(state, kind, key, name);
  }

  private dropFromBucket(
    state: ClusterState,
    kind: NamespacedKind,
    key: string,
    name: string,
  ): void {
    const bucket = state.buckets.get(key);
    if (!bucket) return;
    if (kind === 'Kafka') bucket.kafka = undefined;
    else bucket[kind].delete(name);
    // Drop empty buckets so deleted Kafkas and churned topics leave nothing.
    if (!bucket.kafka && LABELLED_KINDS.every(k => bucket[k].size === 0)) {
      state.buckets.delete(key);
    }
  }

  /** A heartbeat changes nothing the view reads: it keeps the revision, so cached views hold. */
  private putNode(state: ClusterState, object: KubernetesObject): void {
    const facts = nodeFactsOf(object);
    if (!facts) return;
    const known = state.nodes.get(facts.name);
    if (known && sameNodeFacts(known, facts)) return;
    state.nodes.set(facts.name, facts);
    state.revision = ++this.changes;
  }

  private putPersistentVolume(
    state: ClusterState,
    volume: PersistentVolume,
  ): void {
    const name = volume.metadata!.name!;
    this.deletePersistentVolume(state, name);
    state.persistentVolumes.set(name, volume);
    const claim = volume.spec?.claimRef;
    if (claim?.namespace && claim.name) {
      state.volumeNameByClaim.set(keyOf(claim.namespace, claim.name), name);
    }
  }

  private deletePersistentVolume(state: ClusterState, name: string): void {
    const claim = state.persistentVolumes.get(name)?.spec?.claimRef;
    state.persistentVolumes.delete(name);
    if (claim?.namespace && claim.name) {
      const claimKey = keyOf(claim.namespace, claim.name);
      // Another PV may have been bound to the claim since.
      if (state.volumeNameByClaim.get(claimKey) === name) {
        state.volumeNameByClaim.delete(claimKey);
      }
    }
  }
}

/**
 * The Applications labelled with the Kafka's name. They live in Argo CD's
 * namespace, not the Kafka's, so the label is the only link (two Kafkas of
 * one name in two namespaces would share them).
 */
function applicationsOf(
  applications: ReadonlyMap<string, ArgoCdApplication>,
  kafka: string,
): ArgoCdApplication[] {
  return [...applications.values()].filter(
    app => app.metadata?.labels?.[APPLICATION_KAFKA_LABEL] === kafka,
  );
}

function copyNamed<T>(
  from: ReadonlyMap<string, T>,
  name: string | undefined,
  to: Map<string, T>,
): void {
  const found = name ? from.get(name) : undefined;
  if (name && found) to.set(name, found);
}
