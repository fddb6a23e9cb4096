/**
 * Amazon EKS Kubernetes versions with their support dates: the one table
 * that the form, the validator, the renderer and the maintainers' freshness
 * test read. Dates are UTC days; a version is in standard support before
 * `endOfStandardSupport`, in (paid) extended support before
 * `endOfExtendedSupport`.
 *
 * Source: the Amazon EKS Kubernetes release calendar,
 * https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html,
 * read 2026-12-02. 1.36 is left out until its dates can be read there.
 *
 * @public
 */
export const EKS_VERSION_CALENDAR: ReadonlyArray<EksVersionSupport> = [
  {
    version: '1.32',
    endOfStandardSupport: '2026-03-23',
    endOfExtendedSupport: '2027-03-23',
  },
  {
    version: '1.33',
    endOfStandardSupport: '2026-07-29',
    endOfExtendedSupport: '2027-07-29',
  },
  {
    version: '1.34',
    endOfStandardSupport: '2026-12-02',
    endOfExtendedSupport: '2027-12-02',
  },
  {
    version: '1.35',
    endOfStandardSupport: '2027-03-27',
    endOfExtendedSupport: '2028-03-27',
  },
];

/** @public */
export interface EksVersionSupport {
  /** `<major>.<minor>`. */
  version: string;
  /** First day without standard support (`YYYY-MM-DD`). */
  endOfStandardSupport: string;
  /** First day without any support; EKS then upgrades the control plane. */
  endOfExtendedSupport: string;
}

/** Fewer days of standard support than this, and the form and README warn. @public */
export const STANDARD_SUPPORT_WARNING_DAYS = 90;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whole days from `today` to `day` (both `YYYY-MM-DD`); negative when past.
 *
 * @public
 */
export function daysBetween(today: string, day: string): number {
  for (const value of [today, day]) {
    if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new Error(`Not a YYYY-MM-DD date: ${value}`);
  }
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) /
      DAY_MS,
  );
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. @public */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
  );
}

/**
 * The support entry of a version, or undefined when the table lacks it.
 *
 * @public
 */
export function eksVersionSupport(
  version: string,
): EksVersionSupport | undefined {
  return EKS_VERSION_CALENDAR.find(v => v.version === version);
}

/**
 * Versions a new cluster may be created on that day: those still in
 * standard support, oldest first.
 *
 * @public
 */
export function versionsInStandardSupport(today: string): string[] {
  return EKS_VERSION_CALENDAR.filter(
    v => daysBetween(today, v.endOfStandardSupport) > 0,
  ).map(v => v.version);
}

/**
 * The newest version of the table: the form's default.
 *
 * @public
 */
export function newestEksVersion(): EksVersionSupport {
  return EKS_VERSION_CALENDAR[EKS_VERSION_CALENDAR.length - 1];
}

/**
 * A version a new cluster may start on that day, with how long its standard
 * support lasts and a warning when that is short: what the template's
 * version picker offers.
 *
 * @public
 */
export interface KubernetesVersionChoice {
  version: string;
  endOfStandardSupport: string;
  daysOfStandardSupportLeft: number;
  warning?: string;
}

/**
 * The versions to offer on a day, newest first.
 *
 * @public
 */
export function kubernetesVersionChoices(
  today: string,
): KubernetesVersionChoice[] {
  return EKS_VERSION_CALENDAR.map(v => ({
    version: v.version,
    endOfStandardSupport: v.endOfStandardSupport,
    daysOfStandardSupportLeft: daysBetween(today, v.endOfStandardSupport),
  }))
    .filter(v => v.daysOfStandardSupportLeft > 0)
    .map(v => ({
      ...v,
      ...(v.daysOfStandardSupportLeft < STANDARD_SUPPORT_WARNING_DAYS && {
        warning: `${v.version} leaves EKS standard support on ${v.endOfStandardSupport}, in ${v.daysOfStandardSupportLeft} days: EKS then upgrades it (upgrade policy STANDARD)`,
      }),
    }))
    .reverse();
}
