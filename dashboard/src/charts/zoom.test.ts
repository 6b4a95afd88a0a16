import { describe, expect, it } from 'vitest';
import { brushRange, stepZoom } from './zoom';

const full: [number, number] = [0, 100];

describe('zooming by buttons', () => {
  it('halves the window around its centre, and doubles it back to everything', () => {
    expect(stepZoom(null, full, 'in')).toEqual([25, 75]);
    expect(stepZoom([25, 75], full, 'in')).toEqual([37.5, 62.5]);
    expect(stepZoom([25, 75], full, 'out')).toBeNull();
  });

  it('pans by a quarter of the window, stopping at the ends', () => {
    expect(stepZoom([40, 60], full, 'right')).toEqual([45, 65]);
    expect(stepZoom([0, 20], full, 'left')).toEqual([0, 20]);
    expect(stepZoom([85, 100], full, 'right')).toEqual([85, 100]);
  });
});

describe('zooming by brush', () => {
  it('orders and clamps the brushed range', () => {
    expect(brushRange([70, 20], full)).toEqual([20, 70]);
    expect(brushRange([-10, 50], full)).toEqual([0, 50]);
  });

  it('takes dates as their time', () => {
    expect(brushRange([new Date(10), new Date(30)], full)).toEqual([10, 30]);
  });

  it('means everything when the brush covers it all or nothing', () => {
    expect(brushRange([0, 100], full)).toBeNull();
    expect(brushRange([30, 30], full)).toBeNull();
    expect(brushRange(undefined, full)).toBeNull();
  });
});
