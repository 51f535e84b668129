// Run by `npm run bench` in a fresh Node process: warm findMentions on bench:page's 10,000-word
// round-up, with each stage's time (see createExtractor's onStage). A process of its own, so the
// heap holds what a background's does (the extractor and its data), not the rest of the bench.
// Argument: the corpus folder. Prints one JSON object: every timed call's ms, and each stage's.
import { ROUND_UP_PUBLISHED_AT, ROUND_UP_TITLE, roundUpParagraphs } from '../bench-page/round-up';
import { loadNodeExtractor } from './node-extractor';

const WARM_UP_RUNS = 5;
const TIMED_RUNS = 20;

const corpus = process.argv[2];
if (!corpus) throw new Error('usage: round-up-calls.ts <corpus folder>');
const { paragraphs, words } = await roundUpParagraphs(corpus);
const input = { title: ROUND_UP_TITLE, text: paragraphs.join('\n\n'), publishedAt: ROUND_UP_PUBLISHED_AT };
const stageMs: Record<string, number[]> = {};
let timing = false;
const extractor = await loadNodeExtractor({
  onStage: (stage, ms) => {
    if (timing) (stageMs[stage] ??= []).push(ms);
  },
});
let mentions = 0;
for (let i = 0; i < WARM_UP_RUNS; i++) mentions = extractor.findMentions(input).mentions.length;
timing = true;
const callMs: number[] = [];
for (let i = 0; i < TIMED_RUNS; i++) {
  const started = performance.now();
  extractor.findMentions(input);
  callMs.push(performance.now() - started);
}
console.log(JSON.stringify({ words, mentions, callMs, stageMs }));
