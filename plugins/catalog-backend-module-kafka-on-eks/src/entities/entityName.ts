import { createHash } from 'node:crypto';

/** Backstage's limit for `metadata.name`. */
export const MAX_NAME_LENGTH = 63;

// A DNS label: what namespaces are, what Kafka names are in practice, and
// what a readable name's parts must be (no dot, so the dots separate).
const SIMPLE_PART = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// A topic's own name: a DNS subdomain, as KafkaTopic names are.
const LAST_PART = /^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$/;
const HASH_LENGTH = 12;

/**
 * The entity name of a discovered object, unique across clusters and
 * namespaces and the same on every run:
 *
 * - readable: its parts joined with dots, `<cluster>.<namespace>.<kafka>`
 *   for a Kafka, `<cluster>.<namespace>.<kafka>.<topic>` for a topic, when
 *   every part is a DNS label (no dot; a topic's own name may have dots),
 *   and the whole fits in 63 characters. Parts without dots make the split
 *   unambiguous: a Kafka's name has exactly two dots, a topic's three or more;
 * - otherwise shortened: the parts joined with `-`, cut to 50 characters,
 *   then `-` and 12 hex digits of the SHA-256 of the exact parts. It has no
 *   dot, so it never equals a readable name.
 */
function discoveredEntityName(
  parts: string[],
  lastPart: RegExp = SIMPLE_PART,
): string {
  const last = parts[parts.length - 1];
  const readable = parts.join('.');
  if (
    parts.slice(0, -1).every(p => SIMPLE_PART.test(p)) &&
    lastPart.test(last) &&
    readable.length <= MAX_NAME_LENGTH
  ) {
    return readable;
  }
  const hash = createHash('sha256')
    .update(JSON.stringify(parts))
    .digest('hex')
    .slice(0, HASH_LENGTH);
  const prefix = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_NAME_LENGTH - HASH_LENGTH - 1)
    .replace(/^-+|-+$/g, '');
  return prefix ? `${prefix}-${hash}` : hash;
}

/** The entity name of a discovered Kafka (see the rule above). */
export function kafkaEntityName(
  cluster: string,
  namespace: string,
  kafka: string,
): string {
  return discoveredEntityName([cluster, namespace, kafka]);
}

/** The entity name of a discovered KafkaTopic, by its resource name. */
export function topicEntityName(
  cluster: string,
  namespace: string,
  kafka: string,
  topic: string,
): string {
  return discoveredEntityName([cluster, namespace, kafka, topic], LAST_PART);
}
