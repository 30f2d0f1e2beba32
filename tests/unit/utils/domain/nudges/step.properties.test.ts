import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_ANSWERS, type CardAnswer } from '@/utils/domain/nudges/card-messages';
import { localClockForZone } from '@/utils/domain/nudges/local-clock';
import { isQuietTime, nudgeLadder } from '@/utils/domain/nudges/policy';
import { createNudgeSession, type NudgeSession } from '@/utils/domain/nudges/session';
import { stepNudge, type NudgeContext, type NudgeEvent } from '@/utils/domain/nudges/step';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { Settings } from '@/utils/domain/settings/schema';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const T0 = Date.UTC(2025, 2, 3, 6, 0, 0);
const MIN = 60_000;
const clock = localClockForZone('UTC');
const act = aResolvedAct();

/** What can happen around a nudge: scrolling goes on (time passes, doom minutes grow), the episode ends, the person answers. */
type Happening =
  | { kind: 'scroll'; minutes: number; doom: number; site: string }
  | { kind: 'end' }
  | { kind: 'answer'; outcome: CardAnswer }
  | { kind: 'another' };

const happenings = fc.array(
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc.record({
        kind: fc.constant('scroll' as const),
        // Tenths of a minute: mostly a summary's worth, sometimes hours (another day, the cooldown long gone).
        minutes: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2400 })).map((t) => t / 10),
        doom: fc.integer({ min: 0, max: 60 }).map((t) => t / 10),
        site: fc.constantFrom('reddit.com', 'x.com'),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'end' as const }) },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('answer' as const), outcome: fc.constantFrom(...CARD_ANSWERS) }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'another' as const }) },
  ),
  { minLength: 20, maxLength: 120 },
);

const hhmm = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

const nudgeSettings = fc
  .record({
    style: fc.constantFrom('gentle' as const, 'standard' as const, 'firm' as const),
    pauseOverlay: fc.boolean(),
    offerInPopup: fc.boolean(),
    notifications: fc.boolean(),
    escalateAfterMinutes: fc.integer({ min: 1, max: 15 }),
    dailyCap: fc.integer({ min: 1, max: 5 }),
    siteCooldownMinutes: fc.integer({ min: 0, max: 180 }),
    quiet: fc.record({ enabled: fc.boolean(), start: hhmm, end: hhmm }),
    threshold: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ quiet, threshold, ...nudges }) => {
    const settings: Settings = createDefaultSettings();
    settings.nudges = { ...settings.nudges, ...nudges, quietHours: quiet };
    return { settings, threshold };
  });

interface Shown {
  at: number;
  episodeId: string;
  site: string | null;
  /** Whether an earlier nudge of this episode was waiting when this one was asked for. */
  overlapped: boolean;
}

/** Drives `stepNudge` as the background would, performing `pick-act` and `deliver` at once; returns every nudge shown. */
function simulate(script: Happening[], settings: Settings, threshold: number) {
  let session: NudgeSession = createNudgeSession();
  let now = T0;
  let episode: { id: string; doomMinutes: number } | null = null;
  let episodes = 0;
  let ids = 0;
  const shown: Shown[] = [];
  const notNows = new Map<string, number>();
  const ctx = (): NudgeContext => ({ now, clock, settings });

  const run = (event: NudgeEvent) => {
    const step = stepNudge(session, event, ctx());
    session = step.session;
    for (const effect of step.effects) {
      if (effect.type === 'pick-act') {
        const overlapped = session.active?.record.episodeId === effect.question.episode.id;
        shown.push({ at: now, episodeId: effect.question.episode.id, site: effect.question.site, overlapped });
        run({ ...effect, type: 'act-picked', act, nudgeId: `nudge-${++ids}` });
      }
      if (effect.type === 'deliver')
        run({ type: 'delivered', nudgeId: effect.active.record.id, channel: 'card', tabId: effect.active.tabId });
    }
  };

  for (const happening of script) {
    if (happening.kind === 'scroll') {
      now += Math.round(happening.minutes * MIN);
      episode ??= { id: `ep-${++episodes}`, doomMinutes: 0 };
      episode.doomMinutes += happening.doom;
      const question = { episode: { ...episode }, thresholdMinutes: threshold, site: happening.site };
      run({ type: 'folded', ended: [], question, tabId: 1 });
    } else if (happening.kind === 'end') {
      if (episode) run({ type: 'folded', ended: [episode.id], question: null, tabId: null });
      episode = null;
    } else if (session.active) {
      const nudgeId = session.active.record.id;
      if (happening.kind === 'another') {
        run({
          type: 'another-picked',
          nudgeId,
          act: aResolvedAct({ id: 'another-act' }),
          newNudgeId: `nudge-${++ids}`,
        });
      } else {
        const episodeId = session.active.record.episodeId ?? '';
        if (happening.outcome === 'not-now') notNows.set(episodeId, (notNows.get(episodeId) ?? 0) + 1);
        const doomMinutes = episode?.id === episodeId ? episode.doomMinutes : 0;
        run({ type: 'answered', nudgeId, outcome: happening.outcome, doomMinutes, actRecordId: `act-${ids}` });
      }
    }
  }
  return { shown, notNows };
}

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('stepNudge over random event sequences', () => {
  it('shows nudges in the simulated sequences at all (so the properties below say something)', () => {
    let total = 0;
    fc.assert(
      fc.property(happenings, nudgeSettings, (script, { settings, threshold }) => {
        total += simulate(script, settings, threshold).shown.length;
      }),
    );
    expect(total).toBeGreaterThan(100);
  });

  it('never shows a second card in an episode while one waits, nor more than each Not now earns', () => {
    fc.assert(
      fc.property(happenings, nudgeSettings, (script, { settings, threshold }) => {
        const { shown, notNows } = simulate(script, settings, threshold);

        expect(shown.filter((s) => s.overlapped)).toEqual([]);
        for (const [episodeId, count] of countBy(shown, (s) => s.episodeId)) {
          expect(count).toBeLessThanOrEqual(1 + (notNows.get(episodeId) ?? 0));
          expect(count).toBeLessThanOrEqual(nudgeLadder(settings.nudges).length);
        }
      }),
    );
  });

  it('never shows more nudges in a local day than the daily cap', () => {
    fc.assert(
      fc.property(happenings, nudgeSettings, (script, { settings, threshold }) => {
        const { shown } = simulate(script, settings, threshold);

        for (const count of countBy(shown, (s) => clock.dayKey(s.at)).values()) {
          expect(count).toBeLessThanOrEqual(settings.nudges.dailyCap);
        }
      }),
    );
  });

  it('never shows a nudge in quiet hours', () => {
    fc.assert(
      fc.property(happenings, nudgeSettings, (script, { settings, threshold }) => {
        const { shown } = simulate(script, settings, threshold);

        expect(shown.filter((s) => isQuietTime(clock.minuteOfDay(s.at), settings.nudges.quietHours))).toEqual([]);
      }),
    );
  });

  it('never starts a new episode’s nudges on a site within its cooldown', () => {
    fc.assert(
      fc.property(happenings, nudgeSettings, (script, { settings, threshold }) => {
        const { shown } = simulate(script, settings, threshold);

        const cooldown = settings.nudges.siteCooldownMinutes * MIN;
        shown.forEach((nudge, index) => {
          const earlier = shown.slice(0, index);
          if (earlier.some((e) => e.episodeId === nudge.episodeId)) return;
          const lastOnSite = earlier.filter((e) => e.site === nudge.site).at(-1);
          if (lastOnSite) expect(nudge.at - lastOnSite.at).toBeGreaterThanOrEqual(cooldown);
        });
      }),
    );
  });
});
