import { formatBytes } from './formatBytes';
import {
  formatAge,
  formatDuration,
  formatRetention,
  formatTimeLag,
} from './formatDuration';

describe('formatRetention', () => {
  it.each([
    [604_800_000, '7 d'],
    [129_600_000, '1.5 d'],
    [43_200_000, '12 h'],
    [1_800_000, '30 min'],
    [90_000, '1.5 min'],
    [500, '500 ms'],
    [0, '0 ms'],
    [-1, 'unlimited'],
    [undefined, 'default'],
  ])('shows %j as %s', (ms, text) => {
    expect(formatRetention(ms)).toBe(text);
  });
});

describe('formatDuration', () => {
  it('uses days for anything from a day up', () => {
    expect(formatDuration(365 * 86_400_000)).toBe('365 d');
  });
});

describe('formatAge', () => {
  it.each([
    [0, '0 s'],
    [12_400, '12 s'],
    [150_000, '2 min'],
    [3 * 3_600_000 + 5, '3 h'],
    [2 * 86_400_000, '2 d'],
  ])('shows %d ms as %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [600 * 2 ** 30, '600 GiB'],
    [1200 * 2 ** 30, '1.2 TiB'],
    [64 * 2 ** 40, '64 TiB'],
  ])('shows %d as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe('formatTimeLag', () => {
  it.each([
    [150, '2 min 30 s'],
    [59.6, '1 min'],
    [45, '45 s'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
    // Two units at most: the seconds of an hour-long lag do not matter.
    [3905, '1 h 5 min'],
    [273_600, '3 d 4 h'],
    [0.4, '< 1 s'],
    [0, '0 s'],
    // Behind with nothing produced: no rate, no estimate.
    [undefined, '—'],
  ])('shows %j seconds as %s', (seconds, text) => {
    expect(formatTimeLag(seconds)).toBe(text);
  });
});
