import { readFileSync } from 'node:fs';
import type { Correction } from '@/lib/schema';
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
