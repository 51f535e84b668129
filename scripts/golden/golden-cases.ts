/**
 * The extractor's golden outputs, kept the way mozilla/readability keeps `test/test-pages`: for
 * every article of the shared corpus and for a fixed sample of ACLED coders' notes, the full output
 * (mentions and events) is written once on purpose (`npm run golden`) and compared with the live
 * output by `tests/extraction/golden.test.ts`. A change to what the extractor finds shows as a
 * diff of these files, read in review like any other change.
 *
 * ACLED's notes may be used for measuring only and never copied into the repository, so their
 * golden outputs keep offsets and normalised meanings and drop the note's text (a mention's words,
 * an evidence sentence, quote selectors); what remains is what a coder's own log would hold (a
 * place's name, an actor's canonical name, the noun a number counts). The corpus articles'
 * outputs are kept whole, so their diffs read as words.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayAfter } from '../../lib/evaluation/acled-note';
import type { Extraction, ExtractInput, Extractor } from '../../lib/extraction/extract';
import { readAcledEvents } from '../cli/acled-sample';
import { extractInputOf, loadArticleFile } from '../cli/load-article-file';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = path.resolve(HERE, '../../../shared');
export const GOLDEN_DIR = path.resolve(HERE, '../../tests/extraction/golden');
/** The golden file of the ACLED notes sample. */
export const ACLED_GOLDEN_FILE = path.join(GOLDEN_DIR, 'acled-notes.json');
/** Every this-many-th row of `acled/events.csv` is in the sample (323 of its 6,441 rows). */
export const ACLED_SAMPLE_STEP = 20;

/** One input the extractor is run on. */
export interface GoldenCase extends ExtractInput {
  id: string;
}

/** What the golden files keep of one case: the input's date and the extractor's whole output. */
export interface GoldenOutput extends Extraction {
  id: string;
  publishedAt: string | null;
}

/** The corpus articles, read as `npm run eval` reads them. */
export async function corpusCases(): Promise<GoldenCase[]> {
  const dir = path.join(SHARED_DIR, 'corpus', 'articles');
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort();
  return Promise.all(
    ids.map(async (id) => {
      const article = await loadArticleFile(path.join(dir, `${id}.txt`));
      return { id, ...extractInputOf(article, article.publishedAt) };
    }),
  );
}

/** The ACLED sample: each note read as an article published the day after its event. */
export function acledCases(): GoldenCase[] {
  return readAcledEvents()
    .filter((_, index) => index % ACLED_SAMPLE_STEP === 0)
    .map((row) => ({
      id: row.event_id_cnty,
      text: row.notes,
      title: '',
      publishedAt: dayAfter(row.event_date),
    }));
}

export function goldenOutput(extractor: Extractor, input: GoldenCase): GoldenOutput {
  const { mentions, events } = extractor.extract(input);
  return { id: input.id, publishedAt: input.publishedAt, mentions, events };
}

/** A golden output without any of the input's own words: offsets and normalised meanings only. */
export function withoutSourceText(output: GoldenOutput): GoldenOutput {
  return {
    ...output,
    mentions: output.mentions.map(({ text: _text, selector: _selector, ...mention }) => mention),
    events: output.events.map(({ evidence, ...event }) => ({
      ...event,
      evidence: { start: evidence.start, end: evidence.end },
    })),
  } as GoldenOutput;
}

export function corpusGoldenFile(id: string): string {
  return path.join(GOLDEN_DIR, 'corpus', `${id}.json`);
}

/**
 * JSON with one mention or event per line: a change to one of them is a one-line diff.
 * Parsing it gives back exactly the outputs.
 */
export function formatGolden(outputs: readonly GoldenOutput[]): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0
      ? '[]'
      : `[\n${items.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    ]`;
  const entries = outputs.map(
    (output) =>
      `  {\n    "id": ${JSON.stringify(output.id)},\n    "publishedAt": ${JSON.stringify(output.publishedAt)},\n` +
      `    "mentions": ${list(output.mentions)},\n    "events": ${list(output.events)}\n  }`,
  );
  return `[\n${entries.join(',\n')}\n]\n`;
}
