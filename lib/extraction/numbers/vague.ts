import { wordsCore, type Core } from './core';
import { keyAt, keyBefore, wordAt, wordsEnd, type Scope } from './reading';

/** "tens of thousands": only plurals of this size or more multiply the amount before them. */
const MIN_OUTER_PLURAL = 100;

/** "dozens", "tens of thousands", "several", "a few hundred", "few": a vague amount. */
export function vagueCore(s: Scope, index: number): Core | null {
  const { vague, sets } = s.words;
  const word = wordAt(s, index);
  const plural = vague.plurals.get(word.key);
  if (plural !== undefined) {
    // "tens" and "scores" are also ordinary nouns ("settled old scores").
    const isNoun = sets.vague.nounPlurals.has(word.key);
    if (isNoun && !sets.vague.nounPluralsCountBefore.has(keyAt(s, word.end))) return null;
    const { end, low } = ofLargerPlurals(s, word.end, 2 * plural);
    return vagueAmount(s, end, low);
  }
  for (const count of vague.counts) {
    const k = wordsEnd(s, index, count.words);
    if (k < 0 || count.notAfter.has(keyBefore(s, index))) continue;
    const unitWord = wordAt(s, k);
    const unit = vague.units.get(unitWord.key);
    if (unit !== undefined) return vagueAmount(s, unitWord.end, count.low * unit);
    const unitPlural = vague.plurals.get(unitWord.key);
    if (unitPlural !== undefined && !sets.vague.pluralsNotAfterCounts.has(unitWord.key)) {
      // "several tens of thousands"
      const { end, low } = ofLargerPlurals(s, unitWord.end, count.low * unitPlural);
      return vagueAmount(s, end, low);
    }
    return vagueAmount(s, k, count.low);
  }
  return null;
}

function vagueAmount(s: Scope, end: number, low: number): Core {
  return { ...wordsCore(s, end, null), low };
}

/** Multiply a vague amount by the larger plurals that follow it: "tens | of thousands | of …". */
function ofLargerPlurals(s: Scope, from: number, low: number): { end: number; low: number } {
  let end = from;
  let amount = low;
  for (let of = wordAt(s, end); of.key === s.words.of; of = wordAt(s, end)) {
    const outer = wordAt(s, of.end);
    const plural = s.words.vague.plurals.get(outer.key);
    if (plural === undefined || plural < MIN_OUTER_PLURAL) break;
    amount *= plural;
    end = outer.end;
  }
  return { end, low: amount };
}
