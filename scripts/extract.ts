// `npm run --silent extract -- FILE... [--published YYYY-MM-DD] [--explain]`: one ExtractionResult
// (JSON) per file per line, from `.html` pages (captured as the extension does) or `.txt` articles;
// with --explain, the same as text a reader checks: each mention with the pass and rule that found it.
import { parseArgs } from 'node:util';
import { ExtractionResultSchema } from '../lib/schema';
import { extractInputOf, isoDate, loadArticleFile } from './cli/load-article-file';
import { explainExtraction } from './cli/explain';
import { loadNodeExtractor } from './cli/node-extractor';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { published: { type: 'string' }, explain: { type: 'boolean' } },
});

if (positionals.length === 0) {
  console.error('usage: npm run --silent extract -- FILE... [--published YYYY-MM-DD] [--explain]');
  process.exit(2);
}
const publishedOverride = values.published === undefined ? undefined : isoDate(values.published);
if (values.published !== undefined && !publishedOverride) {
  console.error(`--published must be a date like 2024-05-01, not “${values.published}”`);
  process.exit(2);
}

const extractor = await loadNodeExtractor();
let failures = 0;
for (const file of positionals) {
  try {
    const article = await loadArticleFile(file);
    const publishedAt = publishedOverride ?? article.publishedAt;
    const started = performance.now();
    const { mentions, events } = extractor.extract(extractInputOf(article, publishedAt));
    const extractMs = performance.now() - started;
    const result = ExtractionResultSchema.parse({
      source: file,
      article: {
        title: article.title,
        siteName: article.siteName,
        publishedAt,
        lang: article.lang,
        text: article.text,
      },
      mentions,
      events,
      timings: { captureMs: round(article.captureMs), extractMs: round(extractMs) },
    });
    process.stdout.write(values.explain ? explainExtraction(result) : JSON.stringify(result) + '\n');
  } catch (error) {
    failures++;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures ? 1 : 0;

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
