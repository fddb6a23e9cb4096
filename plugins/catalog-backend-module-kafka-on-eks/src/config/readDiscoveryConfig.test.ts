import { ConfigReader } from '@backstage/config';
import { readDiscoveryConfig, refOf } from './readDiscoveryConfig';

const read = (discovery: object) =>
  readDiscoveryConfig(new ConfigReader({ kafkaOnEks: { discovery } }));

describe('readDiscoveryConfig', () => {
  it('is off without config, and off unless enabled is true', () => {
    expect(readDiscoveryConfig(new ConfigReader({})).enabled).toBe(false);
    expect(read({ defaultOwner: 'team' }).enabled).toBe(false);
  });

  it('reads the defaults: owner and system keys, no topics or clients, 24 hours of grace', () => {
    expect(read({ enabled: true, defaultOwner: 'platform-team' })).toEqual({
      enabled: true,
      defaultOwner: 'group:default/platform-team',
      ownerKey: 'backstage.io/owner',
      systemKey: 'backstage.io/system',
      topics: false,
      clients: false,
      gracePeriodMs: 24 * 3600_000,
    });
  });

  it('takes keys, topics, clients and a grace period in either duration form', () => {
    const config = read({
      enabled: true,
      defaultOwner: 'user:default/jane',
      ownerKey: 'team',
      systemKey: 'example.com/system',
      topics: true,
      clients: true,
      gracePeriod: { hours: 2 },
    });
    expect(config).toMatchObject({
      defaultOwner: 'user:default/jane',
      ownerKey: 'team',
      systemKey: 'example.com/system',
      topics: true,
      clients: true,
      gracePeriodMs: 2 * 3600_000,
    });
    expect(
      read({ enabled: true, defaultOwner: 'a', gracePeriod: 'PT30M' })
        .gracePeriodMs,
    ).toBe(30 * 60_000);
  });

  it('names the field and the rule when the config is wrong', () => {
    expect(() => read({ enabled: true })).toThrow(
      'kafkaOnEks.discovery.defaultOwner: is required when discovery is enabled',
    );
    expect(() => read({ enabled: true, defaultOwner: 'a:b:c/d' })).toThrow(
      "kafkaOnEks.discovery.defaultOwner: 'a:b:c/d' is not an entity ref",
    );
    expect(() =>
      read({ enabled: true, defaultOwner: 'a', gracePeriod: 'soon' }),
    ).toThrow('kafkaOnEks.discovery.gracePeriod: must be a duration');
    expect(() =>
      read({ enabled: true, defaultOwner: 'a', ownerKey: ' ' }),
    ).toThrow('kafkaOnEks.discovery.ownerKey: must not be empty');
  });

  it('reads a bare name the way Backstage reads spec.owner', () => {
    expect(refOf('streaming-team', 'group')).toBe(
      'group:default/streaming-team',
    );
    expect(refOf('user:ops/jane', 'group')).toBe('user:ops/jane');
    expect(refOf('data', 'system')).toBe('system:default/data');
    expect(refOf('', 'group')).toBeUndefined();
  });
});
