import { dataAgeMs, describeFreshness } from './FreshnessIndicator';

const RECEIVED = 1_000_000;

describe('freshness', () => {
  it('is live when the backend heard from the cluster as it answered', () => {
    const view = {
      observedAt: '2026-11-21T12:00:00.000Z',
      generatedAt: '2026-11-21T12:00:00.000Z',
    };
    expect(describeFreshness(dataAgeMs(view, RECEIVED, RECEIVED + 2000))).toBe(
      'live',
    );
  });

  it('ages with the backend stamps plus the time since arrival', () => {
    const view = {
      observedAt: '2026-11-21T11:58:00.000Z',
      generatedAt: '2026-11-21T12:00:00.000Z',
    };
    expect(dataAgeMs(view, RECEIVED, RECEIVED + 30_000)).toBe(150_000);
    expect(describeFreshness(150_000)).toBe('updated 2 min ago');
  });

  it('ignores how far the browser clock is from the backend clock', () => {
    const view = {
      observedAt: '2020-01-01T00:00:00.000Z',
      generatedAt: '2020-01-01T00:00:05.000Z',
    };
    expect(dataAgeMs(view, Date.now(), Date.now())).toBe(5000);
  });

  it('says when the cluster was never synced', () => {
    expect(
      describeFreshness(dataAgeMs({ generatedAt: 'x' }, RECEIVED, RECEIVED)),
    ).toBe('not yet synced with the cluster');
  });
});
