import { describe, expect, it } from 'vitest';
import { addDays, daysFrom } from '@/utils/domain/stats/day-key';
import { emptyRollup, type DailyRollup } from '@/utils/domain/stats/rollup';
import { SINCE_MIN_DAYS, sinceYouBegan } from '@/utils/domain/stats/since-began';

/** Every day from `from` to `to` with the same minutes and acts. */
const days = (from: string, to: string, doomMinutes: number, acts: number): DailyRollup[] =>
  daysFrom(from, to).map((day) => ({ ...emptyRollup(day), doomMs: doomMinutes * 60_000, acts }));

const TODAY = '2026-06-17';

describe('sinceYouBegan', () => {
  it('compares the first two weeks with the last two, per week', () => {
    const since = addDays(TODAY, -59);
    const rollups = [
      ...days(since, addDays(since, 13), 40, 0), // 280 min and no act a week
      ...days(addDays(since, 14), addDays(TODAY, -14), 30, 1),
      ...days(addDays(TODAY, -13), TODAY, 20, 1), // 140 min and 7 acts a week
    ];

    const result = sinceYouBegan(rollups, since, TODAY);

    expect(result).toEqual({
      status: 'ready',
      first: { from: since, to: addDays(since, 13), doomMinutesPerWeek: 280, actsPerWeek: 0 },
      latest: { from: addDays(TODAY, -13), to: TODAY, doomMinutesPerWeek: 140, actsPerWeek: 7 },
      scrolling: 'less',
      acts: 'more',
    });
  });

  it('says "about the same" for a small change, and names a change the wrong way', () => {
    const since = addDays(TODAY, -49);
    const rollups = [...days(since, addDays(since, 13), 20, 2), ...days(addDays(TODAY, -13), TODAY, 30, 2)];

    const result = sinceYouBegan(rollups, since, TODAY);

    expect(result).toMatchObject({ status: 'ready', scrolling: 'more', acts: 'same' });
  });

  it('treats a few minutes a week as no change', () => {
    const since = addDays(TODAY, -49);
    const rollups = [...days(since, addDays(since, 13), 10, 0), ...days(addDays(TODAY, -13), TODAY, 11, 0)];

    expect(sinceYouBegan(rollups, since, TODAY)).toMatchObject({ scrolling: 'same' });
  });

  it('stays silent until the history spans six weeks, saying how far along it is', () => {
    const since = addDays(TODAY, -(SINCE_MIN_DAYS - 2));

    expect(sinceYouBegan(days(since, TODAY, 50, 0), since, TODAY)).toEqual({
      status: 'too-early',
      days: SINCE_MIN_DAYS - 1,
      needed: SINCE_MIN_DAYS,
    });
    expect(sinceYouBegan([], null, TODAY)).toEqual({ status: 'too-early', days: 0, needed: SINCE_MIN_DAYS });
  });
});
