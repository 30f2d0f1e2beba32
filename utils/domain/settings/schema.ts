import * as v from 'valibot';

/**
 * The settings object, version 2 (version 2 added `giving`). Everything a person can tune lives here; it is stored whole in
 * `browser.storage` and validated on every read and write. Adding a field is a new version with a
 * migration in `migrations.ts`; defaults for new fields come from `DEFAULT_SETTINGS`.
 */
export const SETTINGS_VERSION = 2;

/** Categories of kind acts (DESIGN.md §5). */
export const ACT_CATEGORIES = ['connect', 'gratitude', 'support', 'give', 'community', 'online'] as const;
export type ActCategory = (typeof ACT_CATEGORIES)[number];

/** A host name such as `reddit.com`: lower-case labels, at least one dot or `localhost`-like IPv4. */
const HostSchema = v.pipe(
  v.string(),
  v.maxLength(253),
  v.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$|^\d{1,3}(?:\.\d{1,3}){3}$/),
);
const MinutesSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120));
const ClockSchema = v.pipe(v.string(), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/));
const IdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));
const ShortText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
/** Links a person may attach: only these schemes ever open (DESIGN.md §5). */
const SafeLinkSchema = v.pipe(
  v.string(),
  v.maxLength(2048),
  v.regex(/^(?:https:\/\/[^\s]+|mailto:[^\s]+|sms:[^\s]+)$/i),
);
const HttpsLinkSchema = v.pipe(v.string(), v.maxLength(2048), v.regex(/^https:\/\/[^\s]+$/i));

export const WatchedSiteSchema = v.object({
  host: HostSchema,
  enabled: v.boolean(),
  /** Per-site override of `detection.minutesBeforeNudge`; null uses the global value. */
  minutesBeforeNudge: v.nullable(MinutesSchema),
});

export const PersonSchema = v.object({
  id: IdSchema,
  name: ShortText(60),
  /** How to reach them: `sms:`, `mailto:` or an https link. */
  reach: v.nullable(SafeLinkSchema),
});

export const CauseSchema = v.object({
  id: IdSchema,
  name: ShortText(80),
  url: HttpsLinkSchema,
  /** What a small gift does, in the person's own words. */
  impact: v.pipe(v.string(), v.trim(), v.maxLength(200)),
});

export const CustomActSchema = v.object({
  id: IdSchema,
  title: ShortText(120),
  howTo: v.pipe(v.string(), v.trim(), v.maxLength(240)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  category: v.picklist(ACT_CATEGORIES),
  cost: v.picklist(['free', 'money']),
  link: v.nullable(SafeLinkSchema),
});

export const DetectionSchema = v.object({
  /** Minutes of doom-like scrolling in one episode before the first nudge. */
  minutesBeforeNudge: MinutesSchema,
  /** Scales the doom-like thresholds: high notices sooner, low later. */
  sensitivity: v.picklist(['low', 'normal', 'high']),
});

export const NudgesSchema = v.object({
  /** How insistent the ladder is: gentle stops at level 1, firm allows the pause overlay. */
  style: v.picklist(['gentle', 'standard', 'firm']),
  /** Show doom minutes on the toolbar badge while an episode is open. */
  badge: v.boolean(),
  /** Also offer the act as a system notification (needs the optional permission). */
  notifications: v.boolean(),
  /** Minutes an episode goes on after "not now" before the level-2 card. */
  escalateAfterMinutes: MinutesSchema,
  /** Off by default: level 3 pause overlay (still with a one-click exit). */
  pauseOverlay: v.boolean(),
  /**
   * Off by default: offer the larger nudge (level 2) by opening the toolbar popup, where the browser
   * can; the card otherwise. Optional so settings and export files written before it read unchanged.
   */
  offerInPopup: v.optional(v.boolean(), false),
  /** Most nudges in one calendar day. */
  dailyCap: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  /** Minutes before the same site may nudge again. */
  siteCooldownMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
  /** Minutes a site stays quiet after "I'm here on purpose" (up to a day). */
  purposeMuteMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(24 * 60)),
  quietHours: v.object({ enabled: v.boolean(), start: ClockSchema, end: ClockSchema }),
  /** Epoch ms until which all nudges are paused, or null. */
  pausedUntil: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

/** Lists whose items must differ by one key: what the key is, by the list's path in the settings. */
export const UNIQUE_ITEM_KEYS = {
  watchedSites: 'host',
  'acts.people': 'id',
  'acts.causes': 'id',
  'acts.custom': 'id',
} as const;

/** A check that no two items of a list share `key` (two people with one id would answer for each other). */
const uniqueBy = <T>(key: keyof T & string) =>
  v.check<T[], string>(
    (items) => new Set(items.map((item) => item[key])).size === items.length,
    `two items share a ${key}`,
  );

export const ActsSchema = v.object({
  categories: v.pipe(v.array(v.picklist(ACT_CATEGORIES)), v.minLength(1)),
  freeOnly: v.boolean(),
  people: v.pipe(v.array(PersonSchema), v.maxLength(50), uniqueBy<v.InferOutput<typeof PersonSchema>>('id')),
  causes: v.pipe(v.array(CauseSchema), v.maxLength(20), uniqueBy<v.InferOutput<typeof CauseSchema>>('id')),
  custom: v.pipe(v.array(CustomActSchema), v.maxLength(100), uniqueBy<v.InferOutput<typeof CustomActSchema>>('id')),
});

/**
 * The giving plan (DESIGN.md §5). Outward never handles money: these only shape which giving acts
 * are offered and what the "Did you give?" step prefills.
 */
export const GivingSchema = v.object({
  /** Two-letter region for starter causes and place links; null follows the browser language. */
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  /** ISO 4217 code; null follows the country. */
  currency: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  /** The usual small amount, prefilled after a giving act. */
  usualAmount: v.pipe(v.number(), v.minValue(0.01), v.maxValue(100_000)),
  /** Most to give in a calendar month, in `currency`; null for no limit. Giving acts rest once reached. */
  monthlyLimit: v.nullable(v.pipe(v.number(), v.minValue(0.01), v.maxValue(1_000_000))),
});

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  watchedSites: v.pipe(
    v.array(WatchedSiteSchema),
    v.maxLength(200),
    uniqueBy<v.InferOutput<typeof WatchedSiteSchema>>('host'),
  ),
  detection: DetectionSchema,
  nudges: NudgesSchema,
  acts: ActsSchema,
  giving: GivingSchema,
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export type WatchedSite = v.InferOutput<typeof WatchedSiteSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Cause = v.InferOutput<typeof CauseSchema>;
export type Giving = v.InferOutput<typeof GivingSchema>;
export type CustomAct = v.InferOutput<typeof CustomActSchema>;
