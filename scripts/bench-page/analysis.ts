// One analysis through the test bridge, read and split into its steps, for `npm run bench:page`
// in Chromium (playwright) and Firefox (puppeteer).
import { RuntimeMessages } from '../../lib/messaging/runtime-messages';

const AnalysisReplySchema = RuntimeMessages['test:analyse-sender'].response;

/** Runs in the page: its time origin and the bridge's stamps (see bridgeCommand). */
export function pageClock() {
  const stamps = window as { conflictReaderSentAt?: number; conflictReaderRepliedAt?: number };
  return {
    origin: performance.timeOrigin,
    sentAt: stamps.conflictReaderSentAt,
    repliedAt: stamps.conflictReaderRepliedAt,
  };
}

/**
 * The reply to an `analyse` command sent by `send`, and the page's clock read by `clock` (the
 * browser's evaluate of bridgeCommand and of pageClock). Throws unless the page was analysed.
 */
export async function readAnalysis(send: () => Promise<unknown>, clock: () => Promise<unknown>) {
  const reply = AnalysisReplySchema.parse(await send());
  if (reply.state !== 'captured' || !reply.extraction || !reply.highlights) {
    throw new Error(`analysis failed: ${JSON.stringify(reply)}`);
  }
  const stamps = (await clock()) as ReturnType<typeof pageClock>;
  if (stamps.sentAt === undefined || stamps.repliedAt === undefined) {
    throw new Error('the bridge did not stamp the command');
  }
  return {
    reply,
    extraction: reply.extraction,
    highlights: reply.highlights,
    clock: { origin: stamps.origin, sentAt: stamps.sentAt, repliedAt: stamps.repliedAt },
  };
}

export type Analysed = Awaited<ReturnType<typeof readAnalysis>>;

/**
 * One analysis split into its steps, in ms. `wakeMs`: trigger to the background's handler (the
 * background's start when it was asleep, split in `spawnMs` and `scriptMs`, see startUp).
 * Loading the extractor (`gazetteerMs`, `warmUpMs`, `extractorMs`) runs while the page is injected and
 * captured; `loadWaitMs` is how long the capture then still waited for it. Then extraction,
 * anchoring and painting; `totalMs` is trigger to painted highlights, `eventsTotalMs` trigger to
 * the stored events (the side panel's event list).
 */
export function coldPathRow({ reply, extraction, highlights, clock }: Analysed): Record<string, number> {
  const bench = reply.bench;
  if (!bench) throw new Error('the background sent no timings (not a test build?)');
  const sentAt = clock.origin + clock.sentAt;
  return {
    wakeMs: bench.receivedAt - sentAt,
    ...startUp(sentAt, bench),
    hostMs: bench.hostMs,
    gazetteerMs: bench.gazetteerMs,
    warmUpMs: bench.warmUpMs,
    extractorMs: bench.extractorMs,
    injectMs: bench.injectMs,
    captureMs: reply.captureMs,
    captureRoundTripMs: bench.captureRoundTripMs,
    loadWaitMs: Math.max(0, bench.extractorReadyAt - bench.capturedAt),
    extractMs: extraction.extractMs,
    anchorMs: highlights.anchorMs,
    paintMs: highlights.paintMs,
    totalMs: highlights.paintedAt - clock.sentAt,
    eventsMs: extraction.eventsMs,
    eventsTotalMs: clock.repliedAt - clock.sentAt,
  };
}

/**
 * When the background started after the trigger: the time until it existed (its time origin),
 * then to evaluate its script and set up its listeners. Both 0 for a background that was running.
 */
function startUp(sentAt: number, bench: { backgroundStartedAt: number; backgroundReadyAt: number }) {
  const started = bench.backgroundStartedAt > sentAt;
  return {
    spawnMs: started ? bench.backgroundStartedAt - sentAt : 0,
    scriptMs: started ? bench.backgroundReadyAt - bench.backgroundStartedAt : 0,
  };
}

export const medianOf = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] as number) * 10) / 10;
};

/** Each step's median over the rows (empty for none). */
export const mediansOf = (rows: Record<string, number>[]): Record<string, number> =>
  Object.fromEntries(
    Object.keys(rows[0] ?? {}).map((key) => [key, medianOf(rows.map((r) => r[key] as number))]),
  );
