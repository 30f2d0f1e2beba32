import { describe, expect, it } from 'vitest';
import { compareTimeline, isAfterCursor, mergeTimelinePage, type TimelineItem } from '@/utils/domain/stats/timeline';
import { aCheckin, anAct, anEpisode } from '@/tests/unit/helpers/history-records';

const act = (id: string, at: number): TimelineItem => ({ kind: 'act', at, id, record: anAct(id, at) });
const checkin = (id: string, at: number): TimelineItem => ({ kind: 'checkin', at, id, record: aCheckin(id, at, 3) });
const episode = (id: string, at: number): TimelineItem => ({ kind: 'episode', at, id, record: anEpisode(id, at) });

describe('compareTimeline', () => {
  it('puts newer first, then acts before check-ins before episodes at the same time, then higher ids', () => {
    const items = [episode('e', 5), act('a1', 5), checkin('c', 5), act('a2', 5), act('old', 1), act('new', 9)];

    const sorted = [...items].sort(compareTimeline).map((item) => item.id);

    expect(sorted).toEqual(['new', 'a2', 'a1', 'c', 'e', 'old']);
  });
});

describe('isAfterCursor', () => {
  it('lets everything through without a cursor, and only later items with one', () => {
    const cursor = { at: 5, kind: 'checkin' as const, id: 'c' };

    expect(isAfterCursor(act('x', 9), null)).toBe(true);
    expect(
      [act('a', 5), checkin('c', 5), checkin('b', 5), episode('e', 5), act('z', 4)].map((i) =>
        isAfterCursor(i, cursor),
      ),
    ).toEqual([false, false, true, true, true]);
  });
});

describe('mergeTimelinePage', () => {
  it('merges per-kind lists into one page and points the cursor at its last item when more remain', () => {
    const page = mergeTimelinePage([[act('a2', 8), act('a1', 2)], [checkin('c1', 5)]], 2);

    expect(page.items.map((item) => item.id)).toEqual(['a2', 'c1']);
    expect(page.next).toEqual({ at: 5, kind: 'checkin', id: 'c1' });
  });

  it('has no next cursor when the page holds everything that is left', () => {
    const page = mergeTimelinePage([[act('a1', 2)], [checkin('c1', 5)]], 2);

    expect(page.next).toBeNull();
  });
});
