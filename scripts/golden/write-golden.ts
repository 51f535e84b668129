// `npm run golden`: writes the extractor's golden outputs (see golden-cases.ts) for the corpus
// articles and the ACLED notes sample. Run it on purpose, after a change meant to alter what the
// extractor finds, and read the diff of tests/extraction/golden/ before committing it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
} from './golden-cases';

const extractor = await loadNodeExtractor();
const corpusDir = path.join(GOLDEN_DIR, 'corpus');
mkdirSync(corpusDir, { recursive: true });
// An article that left the corpus leaves no golden file behind.
for (const name of readdirSync(corpusDir)) rmSync(path.join(corpusDir, name));

const articles = await corpusCases();
for (const article of articles) {
  writeFileSync(corpusGoldenFile(article.id), formatGolden([goldenOutput(extractor, article)]));
}
const notes = acledCases();
writeFileSync(
  ACLED_GOLDEN_FILE,
  formatGolden(notes.map((note) => withoutSourceText(goldenOutput(extractor, note)))),
);
console.log(
  `golden outputs: ${articles.length} corpus articles in ${path.relative(process.cwd(), corpusDir)}/, ` +
    `${notes.length} ACLED notes in ${path.relative(process.cwd(), ACLED_GOLDEN_FILE)}`,
);
