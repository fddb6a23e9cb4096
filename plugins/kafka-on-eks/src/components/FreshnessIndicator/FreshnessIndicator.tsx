import { StatusOK, StatusPending } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import type { KafkaClusterView } from '@kafka-on-eks/plugin-kafka-on-eks-common';
import { formatAge } from '../../format';
import { useNow } from '../../hooks';

/** Data younger than this counts as live: three 5 s polls of a healthy watch. */
const LIVE_WITHIN_MS = 15_000;

/**
 * How old the data is, in ms. The backend's two stamps are compared with
 * each other and the browser's clock only with itself, so a skewed browser
 * clock cannot make old data look live.
 */
export function dataAgeMs(
  view: Pick<KafkaClusterView, 'observedAt' | 'generatedAt'>,
  receivedAt: number,
  now: number,
): number | undefined {
  if (!view.observedAt) return undefined;
  const ageAtBackend =
    Date.parse(view.generatedAt) - Date.parse(view.observedAt);
  return Math.max(0, ageAtBackend) + Math.max(0, now - receivedAt);
}

/** `live`, `updated 2 min ago`, or `not yet synced`. */
export function describeFreshness(ageMs: number | undefined): string {
  if (ageMs === undefined) return 'not yet synced with the cluster';
  if (ageMs < LIVE_WITHIN_MS) return 'live';
  return `updated ${formatAge(ageMs)} ago`;
}

/** A quiet "live" / "updated 2 min ago" line that ticks every second. */
export function FreshnessIndicator(props: {
  view: KafkaClusterView;
  receivedAt?: number;
}) {
  const { view, receivedAt } = props;
  const now = useNow(1000);
  const ageMs = dataAgeMs(view, receivedAt ?? now, now);
  const text = describeFreshness(ageMs);
  const Status = text === 'live' ? StatusOK : StatusPending;
  return (
    <Typography
      variant="caption"
      color="textSecondary"
      title={
        view.observedAt
          ? `Last heard from the cluster at ${view.observedAt}`
          : undefined
      }
    >
      <Status>{text}</Status>
    </Typography>
  );
}
