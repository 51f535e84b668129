// `npm run golden`: writes the extractor's golden outputs (see golden-cases.ts) for the corpus
// articles and the ACLED notes sample. Run it on purpose, after a change meant to alter what the
// extractor finds, and read the diff of tests/extraction/golden/ before committing it.
// `npm run golden -- --diff` writes nothing: it prints, for each case whose live output differs
// from its golden output, the mentions and events that left (-) and came (+); with
// --without-reasons, mentions are compared without the pass and rule that found them.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadNodeExtractor } from '../cli/node-extractor';
import {
  ACLED_GOLDEN_FILE,
  acledCases,
  corpusCases,
  corpusGoldenFile,
  formatGolden,
  goldenOutput,
  GOLDEN_DIR,
  withoutSourceText,
  type GoldenOutput,
} from './golden-cases';

const withoutReason = process.argv.includes('--without-reasons')
  ? ({ by: _by, ...mention }: GoldenOutput['mentions'][number]) => mention
  : (mention: GoldenOutput['mentions'][number]) => mention;

const extractor = await loadNodeExtractor();
const articles = (await corpusCases()).map((article) => goldenOutput(extractor, article));
const notes = acledCases().map((note) => withoutSourceText(goldenOutput(extractor, note)));

if (process.argv.includes('--diff')) {
  const golden = [
    ...articles.flatMap((a) => readGolden(corpusGoldenFile(a.id))),
    ...readGolden(ACLED_GOLDEN_FILE),
  ];
  const differing = printDifferences([...articles, ...notes], new Map(golden.map((g) => [g.id, g])));
  console.log(`${differing} of ${articles.length + notes.length} cases differ from their golden output`);
  process.exitCode = differing > 0 ? 1 : 0;
} else {
  const corpusDir = path.join(GOLDEN_DIR, 'corpus');
  mkdirSync(corpusDir, { recursive: true });
  // An article that left the corpus leaves no golden file behind.
  for (const name of readdirSync(corpusDir)) rmSync(path.join(corpusDir, name));
  for (const article of articles) writeFileSync(corpusGoldenFile(article.id), formatGolden([article]));
  writeFileSync(ACLED_GOLDEN_FILE, formatGolden(notes));
  console.log(
    `golden outputs: ${articles.length} corpus articles in ${path.relative(process.cwd(), corpusDir)}/, ` +
      `${notes.length} ACLED notes in ${path.relative(process.cwd(), ACLED_GOLDEN_FILE)}`,
  );
}

function readGolden(file: string): GoldenOutput[] {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenOutput[]) : [];
}

/** Print each differing case's lost and new items (one JSON line each); return how many differ. */
function printDifferences(live: readonly GoldenOutput[], golden: ReadonlyMap<string, GoldenOutput>): number {
  let differing = 0;
  for (const output of live) {
    const before = golden.get(output.id);
    const lines = (o: GoldenOutput | undefined) =>
      o ? [...o.mentions.map(withoutReason), ...o.events].map((item) => JSON.stringify(item)) : [];
    const [was, now] = [lines(before), lines(output)];
    const lost = was.filter((line) => !now.includes(line));
    const came = now.filter((line) => !was.includes(line));
    if (lost.length === 0 && came.length === 0 && before) continue;
    differing++;
    console.log(`== ${output.id}${before ? '' : ' (no golden output)'}`);
    for (const line of lost) console.log(`- ${line}`);
    for (const line of came) console.log(`+ ${line}`);
  }
  return differing;
}
