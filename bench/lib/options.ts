/** Parts of the benchmark that `--only` can pick. */
export const SECTIONS = [
  'sizes',
  'detector',
  'idle',
  'history',
  'import',
  'episode',
  'card',
  'load',
  'content',
] as const;
export type Section = (typeof SECTIONS)[number];

/** How long and how often each measurement runs. */
export interface BenchOptions {
  quick: boolean;
  sections: Set<Section>;
  build: boolean;
  card: boolean;
  profiles: boolean;
  /** Rounds of content-script runs (Outward, messaging reference, without) after the first baseline. */
  contentRounds: number;
  /** Rounds of page loads (without, reference, Outward). */
  loadRounds: number;
  /** Cards shown for the paint figure. */
  cardRuns: number;
  /** Scripted scroll per content-script run (ms). */
  scrollMs: number;
  /** Idle watch after start-up (ms). */
  idleMs: number;
  /** Scrolling episode for messages, worker CPU and the card (ms). */
  episodeMs: number;
  /** Page opens per popup/journal figure. */
  pageRuns: number;
  detectorRuns: number;
}

/** What `npm run bench -- --help` prints. */
export const USAGE = `npm run bench [-- options]
  --quick           shorter development run: idle 20 s, episode 100 s, 1 content round, 2 load rounds, fewer repeats
                    (figures go to bench/out/results-quick.json, not bench/results.json)
  --only=a,b        run only these sections: ${SECTIONS.join(', ')}
  --content-rounds=N  rounds of the content section (default 10; 1 with --quick): each round is three
                    scrolls of about 48 s, and the total while scrolling needs about ten to settle
  --no-build        use the builds already in .output/
  --no-card         episode without the one-minute nudge (no slow-frames-with-card figure)
  --profiles        keep each content-script run's .cpuprofile in bench/out/profiles/
  --help            this text`;

/** Parses the command line; throws on anything unknown. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const valued = (name: string) => argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
  const flags = new Set(argv.filter((arg) => !arg.startsWith('--only=') && !arg.startsWith('--content-rounds=')));
  const only = valued('--only');
  for (const flag of flags) {
    if (!['--quick', '--no-build', '--no-card', '--profiles', '--help'].includes(flag)) {
      throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  const sections = new Set<Section>(only ? (only.split(',') as Section[]) : SECTIONS);
  for (const section of sections)
    if (!SECTIONS.includes(section)) throw new Error(`unknown section ${section}\n${USAGE}`);
  const quick = flags.has('--quick');
  const rounds = valued('--content-rounds');
  // Ten rounds by default: with five, two runs the same night put the total while scrolling at
  // -0.87 and 4.24 ms per 30 s (budget 3), the reference's own runs spreading over 6–15 ms.
  const contentRounds = rounds === undefined ? (quick ? 1 : 10) : Number(rounds);
  if (!Number.isInteger(contentRounds) || contentRounds < 1 || contentRounds > 50) {
    throw new Error(`--content-rounds takes a whole number from 1 to 50, not ${rounds}\n${USAGE}`);
  }
  return {
    quick,
    sections,
    build: !flags.has('--no-build'),
    card: !flags.has('--no-card'),
    profiles: flags.has('--profiles'),
    contentRounds,
    loadRounds: quick ? 2 : 7,
    cardRuns: quick ? 3 : 9,
    scrollMs: 30_000,
    idleMs: quick ? 20_000 : 120_000,
    // Long enough for the one-minute nudge to show and then be watched for a while.
    episodeMs: quick ? 100_000 : 180_000,
    pageRuns: quick ? 3 : 7,
    detectorRuns: quick ? 3 : 5,
  };
}
