import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { nameKey } from './variants';
import type { Found, PlaceWork } from './work';

/** The keys of names as written, per work: an article writes its names again and again. */
const keysWritten = new WeakMap<PlaceWork, Map<string, string>>();

/** The name as written, in the gazetteer's key form. */
export function writtenKey(work: PlaceWork, f: Found): string {
  const { text, tokens } = work.doc;
  const start = (tokens[f.span.start] as Token).start;
  const written = text.slice(start, f.span.charEnd ?? (tokens[f.span.end - 1] as Token).end);
  let keys = keysWritten.get(work);
  if (!keys) keysWritten.set(work, (keys = new Map()));
  let key = keys.get(written);
  if (key === undefined) keys.set(written, (key = nameKey(written)));
  return key;
}

/** Whether a namesake goes by the name as written, not only by a foreign or former name of it. */
export function isOwnName(work: PlaceWork, e: EntryId, written: string): boolean {
  return work.gazetteer.firstKeyIs(e, written);
}

/**
 * How much more likely (log10, as population is weighed) a namesake is meant when the name as
 * written is its own rather than a foreign or former name of it: enough to tell namesakes of one
 * size apart ("Metz" is the French city, not an Algerian one of that size with "Metz" among its
 * alternate names), not to outweigh a far bigger city whose English name is an alternate ("Geneva",
 * "Odessa" go by "Geneve" and "Odesa" in the gazetteer, and a town in Ohio by "Geneva").
 */
export const OWN_NAME_WEIGHT = 0.5;
