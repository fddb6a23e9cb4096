import { sparklinePoints } from './LagSparkline';

const at = (minute: number) =>
  new Date(Date.UTC(2026, 10, 21, 11, minute)).toISOString();

describe('sparklinePoints', () => {
  it('draws time left to right and lag from 0 at the bottom to the largest at the top', () => {
    expect(
      sparklinePoints([
        { at: at(0), lag: 0 },
        { at: at(5), lag: 50 },
        { at: at(10), lag: 100 },
      ]),
    ).toBe('2.0,18.0 48.0,10.0 94.0,2.0');
  });

  it('keeps a caught-up group flat at the bottom', () => {
    expect(
      sparklinePoints([
        { at: at(0), lag: 0 },
        { at: at(5), lag: 0 },
      ]),
    ).toBe('2.0,18.0 94.0,18.0');
  });

  it('draws nothing from a single point', () => {
    expect(sparklinePoints([{ at: at(0), lag: 7 }])).toBe('');
  });
});
