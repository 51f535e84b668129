import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACLED_GOLDEN_FILE,
  acledCases,
  corpusCases,
  corpusGoldenFile,
  GOLDEN_DIR,
  goldenOutput,
  withoutSourceText,
  type GoldenOutput,
} from '../../scripts/golden/golden-cases';
import { realExtractor } from './support/extractor';

// The extractor's output must stay what tests/extraction/golden/ holds. When a change is meant to
// alter it, `npm run golden` writes the new outputs and the diff is reviewed with the change.
const REGENERATE = 'if the change is meant, run `npm run golden` and review the diff';

function readGolden(file: string): GoldenOutput[] {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${REGENERATE}`);
  return JSON.parse(readFileSync(file, 'utf8')) as GoldenOutput[];
}

describe('golden outputs of the corpus articles', async () => {
  const extractor = realExtractor();
  const articles = await corpusCases();

  it('has a golden output for every article of the corpus, and only those', () => {
    expect(articles.length).toBeGreaterThan(0);
    const files = readdirSync(path.join(GOLDEN_DIR, 'corpus')).map((name) => name.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(articles.map((a) => a.id).sort());
  });

  for (const article of articles) {
    it(`${article.id}: mentions and events as written`, () => {
      const [golden] = readGolden(corpusGoldenFile(article.id));
      expect(goldenOutput(extractor, article), REGENERATE).toEqual(golden);
    });
  }
});

describe('golden outputs of the ACLED notes sample', () => {
  it('has a golden output for every note of the sample, and only those', () => {
    expect(readGolden(ACLED_GOLDEN_FILE).map((o) => o.id)).toEqual(acledCases().map((c) => c.id));
  });

  it('finds in every note what it found when the outputs were written', () => {
    const extractor = realExtractor();
    const golden = new Map(readGolden(ACLED_GOLDEN_FILE).map((o) => [o.id, o]));
    for (const note of acledCases()) {
      expect(withoutSourceText(goldenOutput(extractor, note)), `${note.id}: ${REGENERATE}`).toEqual(
        golden.get(note.id),
      );
    }
  });
});
