import { readDurationFromConfig, type Config } from '@backstage/config';
import {
  KubernetesValidatorFunctions,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';

const KEY = 'kafkaOnEks.discovery';

/** `kafkaOnEks.discovery`, read and checked once at start-up. */
export interface DiscoveryConfig {
  enabled: boolean;
  /** A full entity ref, e.g. `group:default/platform-team`. */
  defaultOwner: string;
  ownerKey: string;
  systemKey: string;
  topics: boolean;
  clients: boolean;
  gracePeriodMs: number;
}

/**
 * A ref as Backstage reads `spec.owner` or `spec.system`: a bare name is of
 * `defaultKind` in `default` (`streaming-team` is `group:default/streaming-team`).
 * Undefined when the value is not a valid ref.
 */
export function refOf(
  value: string,
  defaultKind: 'group' | 'system' | 'component' | 'resource',
): string | undefined {
  try {
    const ref = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace: 'default',
    });
    // parseEntityRef splits; it does not check the parts.
    const valid =
      KubernetesValidatorFunctions.isValidKind(ref.kind) &&
      KubernetesValidatorFunctions.isValidNamespace(ref.namespace) &&
      KubernetesValidatorFunctions.isValidObjectName(ref.name);
    return valid ? stringifyEntityRef(ref) : undefined;
  } catch {
    return undefined;
  }
}

function readKey(discovery: Config, key: string, fallback: string): string {
  const value = discovery.getOptionalString(key) ?? fallback;
  if (!value.trim()) {
    throw new InputError(`${KEY}.${key}: must not be empty`);
  }
  return value.trim();
}

/** Reads `kafkaOnEks.discovery`; errors name the field and the rule. */
export function readDiscoveryConfig(config: Config): DiscoveryConfig {
  const discovery = config.getOptionalConfig(KEY);
  const enabled = discovery?.getOptionalBoolean('enabled') ?? false;
  if (!discovery || !enabled) {
    return {
      enabled: false,
      defaultOwner: '',
      ownerKey: 'backstage.io/owner',
      systemKey: 'backstage.io/system',
      topics: false,
      clients: false,
      gracePeriodMs: 24 * 3600_000,
    };
  }
  const rawOwner = discovery.getOptionalString('defaultOwner');
  if (!rawOwner?.trim()) {
    throw new InputError(
      `${KEY}.defaultOwner: is required when discovery is enabled, e.g. group:default/platform-team`,
    );
  }
  const defaultOwner = refOf(rawOwner, 'group');
  if (!defaultOwner) {
    throw new InputError(
      `${KEY}.defaultOwner: '${rawOwner}' is not an entity ref (e.g. platform-team or group:default/platform-team)`,
    );
  }
  let gracePeriodMs = 24 * 3600_000;
  if (discovery.has('gracePeriod')) {
    try {
      gracePeriodMs = durationToMilliseconds(
        readDurationFromConfig(discovery, { key: 'gracePeriod' }),
      );
    } catch (error) {
      throw new InputError(
        `${KEY}.gracePeriod: must be a duration such as { hours: 24 } or P1D (${
          (error as Error).message
        })`,
      );
    }
    if (!(gracePeriodMs >= 0)) {
      throw new InputError(`${KEY}.gracePeriod: must not be negative`);
    }
  }
  return {
    enabled,
    defaultOwner,
    ownerKey: readKey(discovery, 'ownerKey', 'backstage.io/owner'),
    systemKey: readKey(discovery, 'systemKey', 'backstage.io/system'),
    topics: discovery.getOptionalBoolean('topics') ?? false,
    clients: discovery.getOptionalBoolean('clients') ?? false,
    gracePeriodMs,
  };
}
