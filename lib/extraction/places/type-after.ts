import type { PlaceLevel } from '../../schema/mention';
import type { Token } from '../text/tokenize';
import type { PlaceWork } from './work';

/** A place-type word after a name, with the level it gives and the token after it. */
export interface TypeAfter {
  level: PlaceLevel;
  /** Whether the mention keeps the type word ("Rafah crossing", not "Bani Zaid district"). */
  keep: boolean;
  end: number;
}

/** A place-type word at token `end`, right after a name ("district", "gas field", "International Airport"). */
export function typeAfter(work: PlaceWork, end: number): TypeAfter | null {
  const { text, tokens } = work.doc;
  const { typeAfter: types, typeModifiers } = work.words;
  let k = end;
  const first = tokens[k];
  if (!first || !first.isWord) return null;
  const following = tokens[k + 1];
  if (typeModifiers.has(first.norm) && following?.isWord && types.has(following.norm)) k++;
  const type = types.get((tokens[k] as Token).norm);
  if (!type) return null;
  const gap = text.slice((tokens[end - 1] as Token).end, first.start);
  if (!/^[ \u00a0-]$/.test(gap)) return null;
  return { level: type.level, keep: type.keep || k > end, end: k + 1 };
}
