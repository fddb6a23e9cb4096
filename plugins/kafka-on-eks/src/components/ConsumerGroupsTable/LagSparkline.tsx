import { useTheme } from '@material-ui/core/styles';
import type { KafkaLagTrendPoint } from '@kafka-on-eks/plugin-kafka-on-eks-common';

const WIDTH = 96;
const HEIGHT = 20;
const PAD = 2;

/**
 * The polyline's points, x by time, y by lag from 0 (bottom) to the largest
 * lag (top): a flat line at the bottom is "caught up", not "no data".
 */
export function sparklinePoints(trend: KafkaLagTrendPoint[]): string {
  if (trend.length < 2) return '';
  const times = trend.map(point => Date.parse(point.at));
  const start = times[0];
  const span = times[times.length - 1] - start || 1;
  const top = Math.max(...trend.map(point => point.lag)) || 1;
  return trend
    .map((point, i) => {
      const x = PAD + ((times[i] - start) / span) * (WIDTH - 2 * PAD);
      const y = HEIGHT - PAD - (point.lag / top) * (HEIGHT - 2 * PAD);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * A consumer group's lag over the last hour as a small inline chart; the
 * numbers it is drawn from are in its label, for screen readers and the
 * tooltip.
 */
export function LagSparkline(props: { trend: KafkaLagTrendPoint[] }) {
  const { trend } = props;
  const theme = useTheme();
  if (trend.length < 2) return <>—</>;
  const first = trend[0].lag.toLocaleString('en-US');
  const last = trend[trend.length - 1].lag.toLocaleString('en-US');
  const label = `Lag over the last hour: ${first} to ${last} messages`;
  return (
    <svg
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
    >
      <title>{label}</title>
      <polyline
        points={sparklinePoints(trend)}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={1.5}
      />
    </svg>
  );
}
