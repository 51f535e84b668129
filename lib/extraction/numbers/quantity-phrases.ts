import type { Pass } from '../pipeline';
import { isReadableQuantity } from './bounds';
import { parsePhrase } from './phrase';
import { endOfWord, hyphenJoined, normAt, startsWithDigit, type Scope } from './reading';
import { type NumberWork } from './work';

/**
 * Finds the quantities of each sentence: [qualifier] [currency] number [range end] ["or more"]
 * [unit] ("at least 20", "$2.7 billion", "10-15 km", "dozens"). One left-to-right walk over the
 * words of a sentence, skipping those that cannot start one, so the cost is linear in the text.
 * A phrase whose figure no count can be (see isReadableQuantity) is skipped whole.
 */
export const quantityPhrases: Pass<NumberWork> = {
  name: 'numbers/quantity-phrases',
  run(work) {
    for (const [index, scope] of work.scopes.entries()) {
      for (let k = scope.first; k < scope.end;) {
        const phrase = mayStart(scope, k) ? parsePhrase(scope, k, work.phoneDigits) : null;
        // A figure no count can be is no number: not highlighted, never a death toll.
        if (phrase && isReadableQuantity(phrase)) {
          work.phrases.push({ ...phrase, scope: index });
          k = phrase.end;
        } else {
          k = nextWord(scope, k);
        }
      }
    }
  },
};

/** Digits, a currency symbol, or a word that can begin a quantity phrase (all start words are letters). */
function mayStart(s: Scope, k: number): boolean {
  const norm = normAt(s, k);
  return startsWithDigit(s, k) || s.words.startWords.has(norm) || s.words.sets.currency.symbols.has(norm);
}

/** The start of the word after the one at token k; most words are one token, read without building them. */
function nextWord(s: Scope, k: number): number {
  return startsWithDigit(s, k) || hyphenJoined(s, k) ? endOfWord(s, k) : k + 1;
}
