// Region codes: `eu-west-1`, `us-gov-west-1`, `ap-southeast-5`.
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+$/;
const ZONE_PREFIX = /^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d+)[a-z0-9-]*$/;
const EBS_VOLUME_ID = /^vol-[0-9a-f]{8,17}$/;

/**
 * The AWS region of an availability zone name. Cuts at the region code
 * rather than dropping one letter, so Local and Wavelength Zones
 * (`us-west-2-lax-1a`, `us-east-1-wl1-bos-wlz-1`) map to their parent region.
 *
 * @public
 */
export function regionFromZone(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const match = ZONE_PREFIX.exec(zone);
  // A zone is the region plus at least one more character.
  return match && match[1] !== zone ? match[1] : undefined;
}

/**
 * A link to an EBS volume in the AWS console, or undefined when the region or
 * volume id does not look like one (they come from cluster objects, so they
 * are checked before going into a URL).
 *
 * @public
 */
export function buildEbsConsoleUrl(
  region: string,
  volumeId: string,
): string | undefined {
  if (!REGION.test(region) || !EBS_VOLUME_ID.test(volumeId)) return undefined;
  return `https://${consoleHost(
    region,
  )}/ec2/home?region=${region}#VolumeDetails:volumeId=${volumeId}`;
}

// China and GovCloud are separate partitions with consoles of their own.
function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return 'console.amazonaws.cn';
  if (region.startsWith('us-gov-')) return 'console.amazonaws-us-gov.com';
  return `${region}.console.aws.amazon.com`;
}
