import { describe, expect, it } from 'vitest';
import { createScrollPositions } from '@/utils/domain/detection/scroll-positions';

describe('createScrollPositions', () => {
  it('reports the distance since the last reading of the same container', () => {
    const positions = createScrollPositions();
    const feed = {};
    positions.remember(feed, 1000);

    expect(positions.moved(feed, 2500)).toBe(1500);
    expect(positions.moved(feed, 2000)).toBe(-500);
  });

  it('counts an unseen container from the top', () => {
    const positions = createScrollPositions();

    expect(positions.moved({}, 800)).toBe(800);
  });

  it('keeps containers apart', () => {
    const positions = createScrollPositions();
    const a = {};
    const b = {};
    positions.moved(a, 500);

    expect(positions.moved(b, 700)).toBe(700);
    expect(positions.moved(a, 600)).toBe(100);
  });
});
