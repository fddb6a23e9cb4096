import type {
  KafkaGitOpsApplicationView,
  KafkaGitOpsView,
} from '@kafka-on-eks/plugin-kafka-on-eks-common';
import type { ArgoCdApplication } from './kubernetesObjects';
import { compareText } from './sorting';

/**
 * The Argo CD Applications of one Kafka, or `installed: false` when the
 * cluster has no Application CRD (Argo CD is optional, not an error).
 */
export function projectGitOps(
  applications: readonly ArgoCdApplication[] | undefined,
): KafkaGitOpsView {
  if (!applications) return { installed: false };
  return {
    installed: true,
    applications: applications
      .map(applicationView)
      .sort(
        (a, b) =>
          compareText(a.namespace, b.namespace) || compareText(a.name, b.name),
      ),
  };
}

function applicationView(app: ArgoCdApplication): KafkaGitOpsApplicationView {
  const status = app.status ?? {};
  const syncStatus = status.sync?.status;
  const healthStatus = status.health?.status;
  const revision = status.sync?.revision;
  const operation = status.operationState;
  const message = messageOf(app);
  return {
    name: app.metadata?.name ?? '',
    namespace: app.metadata?.namespace ?? '',
    ...(syncStatus && { syncStatus }),
    ...(healthStatus && { healthStatus }),
    ...(revision && { revision }),
    ...(operation?.finishedAt && { lastSyncedAt: operation.finishedAt }),
    ...(operation?.phase && { lastSyncPhase: operation.phase }),
    ...(message && { message }),
  };
}

/** Why an Application needs attention; nothing when Synced and Healthy. */
function messageOf(app: ArgoCdApplication): string | undefined {
  const status = app.status ?? {};
  const degraded = status.health?.status === 'Degraded';
  const outOfSync = status.sync?.status === 'OutOfSync';
  const failedSync = ['Failed', 'Error'].includes(
    status.operationState?.phase ?? '',
  );
  if (!degraded && !outOfSync && !failedSync) return undefined;
  // Argo CD's conditions (ComparisonError, SyncError...) say the most.
  const condition = status.conditions?.find(c => c.message)?.message;
  return (
    (degraded && status.health?.message) ||
    condition ||
    status.operationState?.message ||
    fallbackMessage(degraded, outOfSync)
  );
}

function fallbackMessage(degraded: boolean, outOfSync: boolean): string {
  if (degraded) return 'Degraded';
  return outOfSync ? 'OutOfSync' : 'Sync failed';
}
