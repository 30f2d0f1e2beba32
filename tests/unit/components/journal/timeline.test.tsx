import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createJournalFormats } from '@/components/journal/formats';
import { Timeline, type TimelineState } from '@/components/journal/timeline';
import type { NudgeOutcome } from '@/utils/domain/history/records';
import type { JournalEntry } from '@/utils/domain/stats/journal-entries';
import type { Milestone } from '@/utils/domain/stats/milestones';
import { aCheckin, anAct, anEpisode, ms } from '@/tests/unit/helpers/history-records';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const formats = createJournalFormats('en-GB', 'UTC');

const act = (at: string, overrides = {}): JournalEntry => {
  const record = anAct(`a-${at}`, ms(at), overrides);
  return { kind: 'act', at: record.at, id: record.id, record };
};
const checkin = (at: string, mood: number, overrides = {}): JournalEntry => {
  const record = aCheckin(`c-${at}`, ms(at), mood, overrides);
  return { kind: 'checkin', at: record.at, id: record.id, record };
};
const episode = (at: string, nudge: NudgeOutcome | null, overrides = {}): JournalEntry => {
  const record = anEpisode(`e-${at}`, ms(at), overrides);
  return { kind: 'episode', at: record.startedAt, id: record.id, record, nudge };
};

const state = (entries: JournalEntry[], more: Partial<TimelineState> = {}): TimelineState => ({
  filter: 'all',
  kind: 'all',
  entries,
  hasMore: false,
  loading: false,
  failed: false,
  ...more,
});

function renderTimeline(timeline: TimelineState, milestones: Milestone[] = []) {
  const onFilter = vi.fn();
  const onKind = vi.fn();
  const onShowMore = vi.fn();
  const changes = { edit: vi.fn(() => Promise.resolve()), remove: vi.fn(() => Promise.resolve()) };
  renderWithI18n(
    <Timeline
      state={timeline}
      formats={formats}
      milestones={milestones}
      changes={changes}
      onFilter={onFilter}
      onKind={onKind}
      onShowMore={onShowMore}
    />,
  );
  return { onFilter, onKind, onShowMore, changes };
}

const lines = (item: Element) => [...item.querySelectorAll('p, blockquote')].map((p) => p.textContent);

describe('Timeline', () => {
  it.each([
    [
      'a kind act with its category, nudge and note',
      act('2024-03-31T09:05:00Z', {
        title: 'Thank a maintainer',
        category: 'gratitude',
        nudgeId: 'n1',
        note: 'They replied!',
      }),
      ['Kind act Thank a maintainer', 'Thanks', 'Started from a nudge', 'They replied!'],
    ],
    [
      'a long scroll with its sites, length, doom minutes and the nudge taken up',
      episode('2024-03-31T09:05:00Z', 'accepted', {
        sites: ['reddit.com', 'x.com'],
        endedAt: ms('2024-03-31T09:37:00Z'),
        doomMs: 24 * 60_000,
      }),
      [
        'Long scroll reddit.com, x.com',
        '32 min in all, 24 min of it fast scrolling',
        'A nudge came, and you took up a kind act',
      ],
    ],
    [
      'a long scroll still going, without a nudge',
      episode('2024-03-31T09:05:00Z', null, { endedAt: null, doomMs: 12 * 60_000 }),
      ['Long scroll reddit.com', 'Still going, 12 min of fast scrolling so far', 'No nudge this time'],
    ],
    [
      'a long scroll whose nudge met "not now"',
      episode('2024-03-31T09:05:00Z', 'not-now'),
      ['Long scroll reddit.com', '20 min in all, 15 min of it fast scrolling', 'A nudge came, and you chose not now'],
    ],
    [
      'a check-in after a kind act, mood in words, with its note',
      checkin('2024-03-31T09:05:00Z', 4, { context: 'after', note: 'Lighter.' }),
      ['Check-in Good', 'After a kind act', 'Lighter.'],
    ],
    ['a check-in on its own', checkin('2024-03-31T09:05:00Z', 1), ['Check-in Very low']],
  ])('shows %s', (_label, entry, expected) => {
    renderTimeline(state([entry]));

    const item = screen.getByRole('listitem');
    expect(item.querySelector('.entry-time')?.textContent).toBe('9:05');
    expect(lines(item)).toEqual(expected);
  });

  it('groups entries under a heading for each day, newest first', () => {
    renderTimeline(
      state([checkin('2024-04-01T08:00:00Z', 3), act('2024-03-31T20:00:00Z'), act('2024-03-31T08:00:00Z')]),
    );

    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Monday, 1 April 2024', 'Sunday, 31 March 2024']);
    expect(screen.getAllByRole('list').map((list) => list.children.length)).toEqual([1, 2]);
  });

  it('checks the filter in use', () => {
    renderTimeline(state([act('2024-03-31T09:05:00Z')], { filter: 'month' }));

    const checked = screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked.map((radio) => radio.getAttribute('value'))).toEqual(['month', 'all']);
  });

  it('reports a new filter chosen from the radio group', () => {
    const { onFilter } = renderTimeline(state([act('2024-03-31T09:05:00Z')]));

    fireEvent.click(screen.getByRole('radio', { name: 'Past week' }));

    expect(onFilter).toHaveBeenCalledWith('week');
  });

  it('offers "Show more" while older entries exist and reports a click', () => {
    const { onShowMore } = renderTimeline(state([act('2024-03-31T09:05:00Z')], { hasMore: true }));

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));

    expect(onShowMore).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Showing the latest entry.');
  });

  it('says when everything is shown and offers no more', () => {
    renderTimeline(state([act('2024-03-31T09:05:00Z'), act('2024-03-30T09:05:00Z')]));

    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Showing all 2 entries.');
  });

  it('picks the singular message through the plural rules for one entry', () => {
    renderTimeline(state([act('2024-03-31T09:05:00Z')]));

    expect(screen.getByRole('status').textContent).toBe('Showing the only entry.');
  });

  it('reports a kind filter chosen from its radio group', () => {
    const { onKind } = renderTimeline(state([act('2024-03-31T09:05:00Z')]));

    fireEvent.click(screen.getByRole('radio', { name: 'Kind acts' }));

    expect(onKind).toHaveBeenCalledWith('act');
  });

  it('notes a milestone quietly under the heading of its day', () => {
    renderTimeline(state([act('2024-03-31T09:05:00Z')]), [
      { kind: 'acts', day: '2024-03-31', count: 10 },
      { kind: 'month', day: '2024-03-20' },
    ]);

    expect([...document.querySelectorAll('.milestone')].map((p) => p.textContent)).toEqual(['10 kind acts so far.']);
  });

  it('deletes an entry only after the person confirms', async () => {
    const entry = act('2024-03-31T09:05:00Z');
    const { changes } = renderTimeline(state([entry]));

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(changes.remove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));

    expect(changes.remove).toHaveBeenCalledWith(entry);
  });

  it('keeps an entry when the person chooses "Keep it"', () => {
    const { changes } = renderTimeline(state([act('2024-03-31T09:05:00Z')]));

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));

    expect(changes.remove).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('sends a check-in’s corrected mood and note', () => {
    const entry = checkin('2024-03-31T09:05:00Z', 2);
    const { changes } = renderTimeline(state([entry]));

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByLabelText('Mood'), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Better after a walk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(changes.edit).toHaveBeenCalledWith({ kind: 'checkin', id: entry.id, mood: 4, note: 'Better after a walk' });
  });

  it('says gently when a filter holds nothing', () => {
    renderTimeline(state([], { filter: 'week' }));

    expect(screen.getByText('Nothing in this stretch of time, and that is fine.')).toBeTruthy();
  });

  it('says when a page could not be read', () => {
    renderTimeline(state([act('2024-03-31T09:05:00Z')], { failed: true, hasMore: true }));

    expect(screen.getByRole('status').textContent).toBe('Something went wrong. Your data is safe; please try again.');
  });
});
