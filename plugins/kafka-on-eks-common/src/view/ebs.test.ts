import { buildEbsConsoleUrl, regionFromZone } from './ebs';

describe('regionFromZone', () => {
  it.each([
    ['eu-west-1a', 'eu-west-1'],
    ['us-east-1f', 'us-east-1'],
    ['ap-southeast-5b', 'ap-southeast-5'],
    ['us-gov-west-1a', 'us-gov-west-1'],
    ['us-west-2-lax-1a', 'us-west-2'],
    ['us-east-1-wl1-bos-wlz-1', 'us-east-1'],
  ])('%s is in %s', (zone, region) => {
    expect(regionFromZone(zone)).toBe(region);
  });

  it('gives nothing for a region, a zone id or no zone', () => {
    expect(regionFromZone('eu-west-1')).toBeUndefined();
    expect(regionFromZone('use1-az1')).toBeUndefined();
    expect(regionFromZone(undefined)).toBeUndefined();
  });
});

describe('buildEbsConsoleUrl', () => {
  it('links the volume in its region', () => {
    expect(buildEbsConsoleUrl('eu-west-1', 'vol-0a1b2c3d4e5f60718')).toBe(
      'https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#VolumeDetails:volumeId=vol-0a1b2c3d4e5f60718',
    );
  });

  it('uses the partition console for China and GovCloud', () => {
    expect(buildEbsConsoleUrl('cn-north-1', 'vol-0123456789abcdef0')).toMatch(
      /^https:\/\/console\.amazonaws\.cn\//,
    );
    expect(
      buildEbsConsoleUrl('us-gov-west-1', 'vol-0123456789abcdef0'),
    ).toMatch(/^https:\/\/console\.amazonaws-us-gov\.com\//);
  });

  it('refuses text that is not a region or a volume id', () => {
    expect(buildEbsConsoleUrl('eu-west-1', 'vol-1#x=<script>')).toBeUndefined();
    expect(
      buildEbsConsoleUrl('evil.com/x', 'vol-0123456789abcdef0'),
    ).toBeUndefined();
  });
});
