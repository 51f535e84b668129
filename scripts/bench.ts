// `npm run bench`: extraction speed per article and per 1,000 words after warm-up, gazetteer load
// time and size, peak memory, and the same texts through compromise for comparison; then the
// extractor's first call in fresh Node processes beside its warm figure. The last line is one
// JSON object with the headline figures.
import { execFileSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { countWords } from '../lib/storage/database';
import { loadArticleFile } from './cli/load-article-file';
import { GAZETTEER_ASSET, loadNodeExtractor, timeGazetteerLoad } from './cli/node-extractor';

const WARM_UP_RUNS = 50;
const TIMED_RUNS = 100;
/** Fresh Node processes timing the extractor's first call, on this news-sized article. */
const FIRST_CALL_RUNS = 5;
const FIRST_CALL_ARTICLE = 'seed-000.txt';
/** Fresh Node processes timing findMentions on bench:page's 10,000-word round-up (20 calls each). */
const ROUND_UP_PROCESSES = 3;

const corpus = path.resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
const files = (await readdir(path.join(corpus, 'articles'))).filter((f) => f.endsWith('.txt')).sort();
const articles = await Promise.all(files.map((f) => loadArticleFile(path.join(corpus, 'articles', f))));

const loadTimes: number[] = [];
for (let i = 0; i < 5; i++) loadTimes.push(await timeGazetteerLoad());
const gazetteerLoadMs = median(loadTimes);
const assetBytes = (await stat(GAZETTEER_ASSET)).size;

const extractor = await loadNodeExtractor();
const ours = measure((a) => extractor.extract({ title: a.title, text: a.text, publishedAt: a.publishedAt }));
const theirs = measure((a) => {
  const doc = nlp(a.text);
  // What the extractor finds, as near as compromise offers it: places, people, organisations, numbers, dates.
  doc.places().json();
  doc.people().json();
  doc.organizations().json();
  doc.numbers().json();
  doc.match('#Date').json();
});

console.log('== Extraction per article (ms, after warm-up)');
console.log('article          words   median     max   ms/1k words   compromise ms/1k words');
for (const [i, file] of files.entries()) {
  const o = ours.perArticle[i] as Timing;
  const c = theirs.perArticle[i] as Timing;
  console.log(
    `${file.padEnd(16)} ${String(o.words).padStart(5)} ${fmt(o.median, 8)} ${fmt(o.max, 7)} ${fmt(o.msPer1k, 13)} ${fmt(c.msPer1k, 24)}`,
  );
}
const ratio = theirs.msPer1kWords / ours.msPer1kWords;
console.log(
  `\nAll articles: ${fmt(ours.msPer1kWords, 0)} ms per 1,000 words (median of runs); compromise ${fmt(theirs.msPer1kWords, 0)}; ${ratio.toFixed(1)}x faster`,
);
console.log(
  `Gazetteer: ${(assetBytes / 1e6).toFixed(2)} MB asset, loads in ${gazetteerLoadMs.toFixed(1)} ms (median of 5)`,
);
// Linear time: a 5 MB text (the corpus repeated) costs about the same per 1,000 words as one article.
const huge = repeatToSize(articles.map((a) => a.text).join('\n\n'), 5_000_000);
const hugeWords = countWords(huge);
const hugeStarted = performance.now();
const hugeResult = extractor.extract({ title: '', text: huge, publishedAt: '2024-01-01' });
const hugeMs = performance.now() - hugeStarted;
console.log(
  `5 MB text (${hugeWords.toLocaleString('en')} words): ${hugeMs.toFixed(0)} ms, ${((hugeMs / hugeWords) * 1000).toFixed(2)} ms per 1,000 words, ${hugeResult.mentions.length.toLocaleString('en')} mentions, ${hugeResult.events.length.toLocaleString('en')} events`,
);
const roundUp = roundUpInFreshProcesses();
console.log(
  `10,000-word round-up of bench:page (${roundUp.words.toLocaleString('en')} words, ${roundUp.mentions.toLocaleString('en')} mentions): ` +
    `findMentions ${fmt(roundUp.medianMs, 0)} ms warm (median of ${roundUp.calls} calls in ${ROUND_UP_PROCESSES} fresh processes, fastest ${fmt(roundUp.fastestMs, 0)}); per stage (medians) ` +
    Object.entries(roundUp.stageMs)
      .map(([stage, ms]) => `${stage} ${fmt(ms, 0)}`)
      .join(', '),
);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(`Peak memory (RSS): ${peakRssMb.toFixed(0)} MB`);

const firstCall = firstCallInFreshProcesses();
const warmIndex = files.indexOf(FIRST_CALL_ARTICLE);
const warmMs = warmIndex >= 0 ? (ours.perArticle[warmIndex] as Timing).median : Number.NaN;
console.log(
  `\nFirst call in a fresh Node process (${FIRST_CALL_ARTICLE}, median of ${FIRST_CALL_RUNS} processes): ` +
    `${fmt(firstCall.firstCallMs, 0)} ms (mentions ${fmt(firstCall.firstMentionsMs, 0)}, events ${fmt(firstCall.firstEventsMs, 0)}); ` +
    `second call ${fmt(firstCall.secondCallMs, 0)} ms; warm ${fmt(warmMs, 0)} ms. ` +
    `Before it: gazetteer and extractor ${fmt(firstCall.loadMs, 0)} ms, modules ${fmt(firstCall.importMs, 0)} ms (tsx compiling included)`,
);
console.log(
  JSON.stringify({
    msPer1kWords: round(ours.msPer1kWords),
    compromiseMsPer1kWords: round(theirs.msPer1kWords),
    ratio: round(ratio),
    gazetteerLoadMs: round(gazetteerLoadMs),
    assetBytes,
    peakRssMb: round(peakRssMb),
    firstCallMs: round(firstCall.firstCallMs),
    secondCallMs: round(firstCall.secondCallMs),
    warmCallMs: round(warmMs),
    freshLoadMs: round(firstCall.loadMs),
    roundUpMentionsMs: round(roundUp.medianMs),
  }),
);

interface Timing {
  words: number;
  median: number;
  max: number;
  msPer1k: number;
}

type Article = (typeof articles)[number];

/** Median per-1k-word cost over all articles together, plus per-article figures. */
function measure(run: (article: Article) => void): { perArticle: Timing[]; msPer1kWords: number } {
  const totalWords = articles.reduce((n, a) => n + countWords(a.text), 0);
  for (let i = 0; i < WARM_UP_RUNS; i++) for (const a of articles) run(a);
  const perArticleRuns = articles.map(() => [] as number[]);
  const wholeRuns: number[] = [];
  for (let r = 0; r < TIMED_RUNS; r++) {
    let whole = 0;
    articles.forEach((a, i) => {
      const started = performance.now();
      run(a);
      const ms = performance.now() - started;
      perArticleRuns[i]?.push(ms);
      whole += ms;
    });
    wholeRuns.push(whole);
  }
  const perArticle = articles.map((a, i) => {
    const runs = perArticleRuns[i] as number[];
    const words = countWords(a.text);
    return { words, median: median(runs), max: Math.max(...runs), msPer1k: (median(runs) / words) * 1000 };
  });
  return { perArticle, msPer1kWords: (median(wholeRuns) / totalWords) * 1000 };
}

interface FirstCall {
  importMs: number;
  loadMs: number;
  firstMentionsMs: number;
  firstEventsMs: number;
  firstCallMs: number;
  secondCallMs: number;
}

/** Run a script of scripts/ (path relative to this file) in a fresh Node process; its last line, read as JSON. */
function inFreshProcess<T>(script: string, argument: string): T {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', file, argument], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as T;
}

/** Medians, per figure, of scripts/cli/first-call.ts run in fresh Node processes, one at a time. */
function firstCallInFreshProcesses(): FirstCall {
  const article = path.join(corpus, 'articles', FIRST_CALL_ARTICLE);
  const runs: FirstCall[] = [];
  for (let i = 0; i < FIRST_CALL_RUNS; i++)
    runs.push(inFreshProcess<FirstCall>('./cli/first-call.ts', article));
  const of = (key: keyof FirstCall) => median(runs.map((run) => run[key]));
  return {
    importMs: of('importMs'),
    loadMs: of('loadMs'),
    firstMentionsMs: of('firstMentionsMs'),
    firstEventsMs: of('firstEventsMs'),
    firstCallMs: of('firstCallMs'),
    secondCallMs: of('secondCallMs'),
  };
}

/**
 * Warm findMentions on bench:page's round-up, by scripts/cli/round-up-calls.ts in fresh Node
 * processes, one at a time (away from this process's heap, which the 5 MB text has filled): the
 * median call and each stage's median, over all the processes' calls.
 */
function roundUpInFreshProcesses() {
  const callMs: number[] = [];
  const stageMs = new Map<string, number[]>();
  let words = 0;
  let mentions = 0;
  for (let i = 0; i < ROUND_UP_PROCESSES; i++) {
    const run = inFreshProcess<{
      words: number;
      mentions: number;
      callMs: number[];
      stageMs: Record<string, number[]>;
    }>('./cli/round-up-calls.ts', corpus);
    ({ words, mentions } = run);
    callMs.push(...run.callMs);
    for (const [stage, ms] of Object.entries(run.stageMs))
      stageMs.set(stage, [...(stageMs.get(stage) ?? []), ...ms]);
  }
  return {
    words,
    mentions,
    calls: callMs.length,
    medianMs: median(callMs),
    fastestMs: Math.min(...callMs),
    stageMs: Object.fromEntries([...stageMs].map(([stage, ms]) => [stage, median(ms)])),
  };
}

function repeatToSize(text: string, chars: number): string {
  return text.repeat(Math.ceil(chars / (text.length + 2)) + 1).slice(0, chars);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function fmt(value: number, width: number): string {
  return value.toFixed(2).padStart(width);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
