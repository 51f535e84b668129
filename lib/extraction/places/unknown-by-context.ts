import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import { startsName } from './names';
import { typeAfter } from './type-after';
import { addUnknown, knownNamesByStart, listFrom } from './unknown-names';
import { markTaken, type PlaceWork, type TokenSpan } from './work';

/**
 * Places no dictionary knows, made places by the words around them: "the Jordanian border", "the
 * town of X", "the districts of X, Y and Z", "X district", "A, B and C villages", Arabic toponyms
 * ("Tal al-Alaqiya", "Jabal Antar") and names after a locative word ("shelled al-Sukri").
 */
export const unknownByContext: Pass<PlaceWork> = {
  name: 'places/unknown-by-context',
  run(work) {
    // The namesakes the disambiguation set aside are free again: context may make them local places.
    for (const f of work.demoted) markTaken(work, f.span, 0);
    const knownAt = knownNamesByStart(work);
    const { tokens } = work.doc;
    const { words, gazetteer } = work;
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i] as Token;
      if (!tok.isWord) continue;
      const next = tokens[i + 1];
      if (
        tok.capitalised &&
        gazetteer.demonyms.has(tok.norm) &&
        next !== undefined &&
        words.borderWords.has(next.norm) &&
        !work.taken[i]
      ) {
        addUnknown(work, { start: i, end: i + 2 }, 'region', reason(unknownByContext, 'demonym + border'));
        continue;
      }
      const levelBefore = words.typeBeforeOf.get(tok.norm);
      if (levelBefore && next !== undefined && words.typeOfLinks.has(next.norm)) {
        const level = levelBefore === 'admin1' ? 'region' : levelBefore;
        const by = reason(unknownByContext, 'the town of X');
        for (const item of listFrom(work, knownAt, i + 2)) addUnknown(work, item, level, by);
        continue;
      }
      if (work.taken[i] || !startsName(work, i)) continue;
      const items = listFrom(work, knownAt, i);
      const last = items[items.length - 1];
      if (last === undefined) continue;
      if (namesBeforeType(work, items, last) || namesAfterLocative(work, items)) i = last.end - 1;
    }
  },
};

/** "X district", "A, B and C villages": every name of the list, of the type's level. */
function namesBeforeType(work: PlaceWork, items: readonly TokenSpan[], last: TokenSpan): boolean {
  const type = typeAfter(work, last.end);
  if (!type || last.charEnd !== undefined) return false;
  const by = reason(unknownByContext, 'X district');
  for (const item of items) addUnknown(work, item, type.level, by, item === last && type.keep ? type.end : 0);
  return true;
}

/**
 * Arabic toponyms of two words or more ("Tal al-Alaqiya"), and after a locative word ("near",
 * "shelled") names with the article, names in a list, and names listed with a known place.
 */
function namesAfterLocative(work: PlaceWork, items: readonly TokenSpan[]): boolean {
  const { tokens } = work.doc;
  const { words } = work;
  const first = items[0] as TokenSpan;
  const prev = tokens[first.start - 1];
  const locative = prev !== undefined && prev.isWord && words.locatives.has(prev.norm) && !prev.capitalised;
  let added = false;
  for (const item of items) {
    const head = (tokens[item.start] as Token).norm;
    const headLevel = words.toponymHeads.get(head);
    if (headLevel && item.end - item.start >= 2) {
      addUnknown(work, item, headLevel, reason(unknownByContext, 'Arabic toponym head'));
      added = true;
    } else if (
      locative &&
      // Evaluated at each item: the names added before it count as taken.
      (words.arabicArticles.has(head) || items.length > 1 || items.some((it) => work.taken[it.start]))
    ) {
      if (item.end - item.start === 1 && work.sentenceStart[item.start]) continue;
      addUnknown(work, item, 'town', reason(unknownByContext, 'name after a locative word'));
      added = true;
    }
  }
  return added;
}
