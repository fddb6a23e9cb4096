import type { CSSProperties } from 'react';

/**
 * A cell style for Kafka names: never broken mid-word (`orders.cre-ated`),
 * cut with an ellipsis instead where the column is narrow; the cell's
 * `title` shows the whole name. A new object per call: the Table adds
 * `fontWeight` to a highlighted column's style in place.
 */
export function noBreakName(maxWidth = 280): CSSProperties {
  return {
    whiteSpace: 'nowrap',
    wordBreak: 'keep-all',
    overflowWrap: 'normal',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth,
  };
}
