import type { CSSProperties } from 'react';

// On an inner block: browsers ignore `max-width` on a table cell itself, so
// a long name there would widen the column instead of ending in "…".
const style: CSSProperties = {
  display: 'inline-block',
  verticalAlign: 'bottom',
  maxWidth: 260,
  whiteSpace: 'nowrap',
  wordBreak: 'keep-all',
  overflowWrap: 'normal',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};

/**
 * A Kafka name (topic, consumer group) that never breaks mid-word
 * (`orders.cre-ated`): too long for its column, it ends in an ellipsis, and
 * the tooltip shows it whole.
 */
export function NoBreakName(props: { name: string }) {
  return (
    <span title={props.name} style={style}>
      {props.name}
    </span>
  );
}
