import { gp3PerformanceOf, volumeAttributesClassName } from './gp3Performance';

describe('gp3PerformanceOf', () => {
  it('is undefined at the baseline, written out or not, and on st1', () => {
    expect(gp3PerformanceOf({ storageClass: 'gp3' })).toBeUndefined();
    expect(
      gp3PerformanceOf({
        storageClass: 'gp3',
        iops: 3000,
        throughputMiBps: 125,
      }),
    ).toBeUndefined();
    expect(
      gp3PerformanceOf({ storageClass: 'st1', iops: 6000 }),
    ).toBeUndefined();
  });

  it('fills the other value with its baseline when one is above it', () => {
    expect(gp3PerformanceOf({ storageClass: 'gp3', iops: 6000 })).toEqual({
      iops: 6000,
      throughputMiBps: 125,
    });
    expect(
      gp3PerformanceOf({ storageClass: 'gp3', throughputMiBps: 250 }),
    ).toEqual({ iops: 3000, throughputMiBps: 250 });
  });

  it('names the class by both values, so other values are another class', () => {
    expect(
      volumeAttributesClassName({ iops: 6000, throughputMiBps: 250 }),
    ).toBe('kafka-gp3-6000-250');
  });
});
