import type {
  KafkaClusterRequest,
  RequestProblem,
  RequestWarning,
} from '../request/types';

/**
 * What the live view of the cluster says, for the rules that depend on the
 * running cluster rather than on its repository. A fact left out is unknown,
 * and a rule that needs it refuses rather than guesses.
 *
 * @public
 */
export interface LiveClusterFacts {
  /** Kafka broker nodes (Kubernetes nodes of the broker node groups) that are Ready. */
  readyBrokerNodes?: number;
  /** A broker volume's resize or modification has not completed yet. */
  volumeModificationPending?: boolean;
}

/**
 * Who applies a change once its pull request merges.
 *
 * - `argocd`: Argo CD syncs the manifests on merge.
 * - `terraform`: someone runs `terraform apply` in `terraform/infra`.
 * - `catalog`: only the catalog entity changes.
 *
 * @public
 */
export type ChangeApplier = 'argocd' | 'terraform' | 'catalog';

/**
 * One accepted change, with what happens when it merges.
 *
 * @public
 */
export interface ClusterChange {
  /** The request field, e.g. `brokers.volumeSizeGi` or `topics[orders.created].partitions`. */
  path: string;
  /** One line: what happens when the pull request merges. */
  summary: string;
  appliedBy: ChangeApplier;
  /** Loses data when it merges (a removed topic). */
  destructive?: boolean;
}

/**
 * A transition from the current request to the desired one: the changes it
 * makes, or the rules it breaks, each naming the field.
 *
 * @public
 */
export type ChangePlan =
  | {
      ok: true;
      changes: ClusterChange[];
      /** Steps after the merge, in order, and what a later change must do. */
      followUps: string[];
    }
  | { ok: false; refusals: RequestProblem[] };

/**
 * What the change validator needs besides the two requests.
 *
 * @public
 */
export interface ChangeContext {
  live?: LiveClusterFacts;
}

/**
 * A desired request checked as a request and as a transition.
 *
 * @public
 */
export type ChangeValidation =
  | {
      ok: true;
      /** The desired request with its defaults, `generatedOn` kept from the current one. */
      request: KafkaClusterRequest;
      changes: ClusterChange[];
      followUps: string[];
      warnings: RequestWarning[];
    }
  | { ok: false; problems: RequestProblem[] };
