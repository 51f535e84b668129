// Run by `npm run bench` in a fresh Node process (argument: an article .txt file): the
// extractor's first call, when none of its code has run and nothing is initialised, beside its
// second call on the same text. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { parseTextFile } from '../../lib/article/text-file';

const file = process.argv[2];
if (!file) throw new Error('usage: first-call.ts <article.txt>');
const { metadata, text } = parseTextFile(readFileSync(file, 'utf8'));
const input = { title: metadata.TITLE ?? '', text, publishedAt: metadata.DATE?.slice(0, 10) ?? null };

let started = performance.now();
// Imported here, so that evaluating the extraction modules is timed too.
const { loadNodeExtractor } = await import('./node-extractor');
const importMs = performance.now() - started;

started = performance.now();
const extractor = await loadNodeExtractor();
const loadMs = performance.now() - started;

started = performance.now();
const found = extractor.findMentions(input);
const firstMentionsMs = performance.now() - started;
started = performance.now();
found.proposeEvents();
const firstEventsMs = performance.now() - started;

started = performance.now();
extractor.extract(input);
const secondCallMs = performance.now() - started;

console.log(
  JSON.stringify({
    importMs,
    loadMs,
    firstMentionsMs,
    firstEventsMs,
    firstCallMs: firstMentionsMs + firstEventsMs,
    secondCallMs,
  }),
);
