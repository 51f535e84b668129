import { readFileSync } from 'node:fs';
import type { Correction } from '@/lib/schema';
import { MENTION_KINDS } from '@/lib/schema/mention-kind';
import type { FoundInArticle } from '@/lib/extraction/service/extraction-service';
import { localExtraction } from '@/lib/extraction/service/local-extraction';
import { DEFAULT_OUT } from '../../../scripts/gazetteer/build-gazetteer';

/** A local extraction over the generated gazetteer file, counting how often it is read. */
export function countedLocalExtraction(corrections: () => readonly unknown[] = () => []) {
  const reads = { gazetteer: 0, corrections: 0 };
  const service = localExtraction({
    gazetteerBytes: async () => {
      reads.gazetteer++;
      const bytes = readFileSync(DEFAULT_OUT);
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    },
    corrections: async () => {
      reads.corrections++;
      return corrections();
    },
  });
  return { service, reads };
}

const T = '2026-01-01T00:00:00.000Z';

/** The user's word that a surface is not a place. */
export const notAPlace = (surface: string): Correction => ({
  action: 'not-entity',
  id: `not-${surface}`,
  surface,
  entityKind: 'place',
  createdAt: T,
  updatedAt: T,
});

/** A short made-up article. */
export const article = (text: string) => ({
  title: 'Report',
  text,
  publishedAt: '2025-03-12T08:00:00Z',
  lang: 'en',
});

/** The words of a text that found mentions mark as places. */
export function placeWords(found: Pick<FoundInArticle, 'spans'>, text: string): string[] {
  const { spans, kinds } = found.spans;
  return [...kinds].flatMap((kind, i) =>
    kind === MENTION_KINDS.place.letter ? [text.slice(spans[2 * i], spans[2 * i + 1])] : [],
  );
}
