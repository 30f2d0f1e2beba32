import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ScrollSummarySchema } from '@/utils/domain/detection/summary';
import article from '@/tests/fixtures/scroll-traces/article-comments-10min.json';
import feed from '@/tests/fixtures/scroll-traces/reddit-feed-12min.json';
import shorts from '@/tests/fixtures/scroll-traces/youtube-shorts-8min.json';
import { minutesOf, replay } from '@/tests/fixtures/scroll-traces/replay';

const load = (file: { summaries: unknown[] }) => v.parse(v.array(ScrollSummarySchema), file.summaries);

describe('foldSummary on recorded traces', () => {
  it('finds one doom episode in twelve minutes of a Reddit home feed, pauses and all', () => {
    const result = replay(load(feed));

    expect(result.ended).toHaveLength(1);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeGreaterThan(8);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeLessThanOrEqual(12);
  });

  it('finds no episode while a long post and its comments are read and answered', () => {
    expect(replay(load(article)).decisions).toEqual([]);
  });

  it('finds one doom episode of about eight minutes in swiping through YouTube Shorts', () => {
    const result = replay(load(shorts));

    expect(result.ended).toHaveLength(1);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeCloseTo(8, 0);
    expect(result.ended[0]!.sites).toEqual(['youtube.com']);
  });
});
