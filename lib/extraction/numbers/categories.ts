import type { NumberCategory } from '../../schema/mention';
import { reason, type Pass } from '../pipeline';
import { adjacentKeyword, backwardKeyword, forwardKeyword, type PhraseStarts } from './casualty-words';
import { headAt, type Head } from './head-noun';
import { endOfWord, hyphenJoined, keyAt, keyBefore, tokenAt, type Scope } from './reading';
import { type NumberWork, type QuantityPhrase } from './work';

interface Reading {
  category: NumberCategory;
  of: string | null;
  rule: string;
}

const CASUALTY: ReadonlySet<NumberCategory> = new Set(['killed', 'injured', 'captured', 'displaced']);

/**
 * What each quantity counts and what happened to it, from the words of its clause: a unit
 * ("12 km"), a passive verb after the counted noun ("20 insurgents were killed"), an active verb or
 * casualty noun just before the number ("killing 20", "the death toll rose to 45"), the counted
 * noun itself ("20 refugees"), or else the count it is listed under ("79 killed, including 30 in
 * Damascus"). Each quantity becomes a number mention.
 */
export const categories: Pass<NumberWork> = {
  name: 'numbers/categories',
  run(work) {
    const starts = new Map(work.phrases.map((phrase) => [phrase.first, phrase]));
    let p = 0;
    for (const [index, scope] of work.scopes.entries()) {
      let previous: { phrase: QuantityPhrase; reading: Reading } | undefined;
      for (; p < work.phrases.length && work.phrases[p]?.scope === index; p++) {
        const phrase = work.phrases[p] as QuantityPhrase;
        const reading = readPhrase(scope, phrase, previous, starts);
        work.mentions.push(mentionOf(work, phrase, reading));
        previous = { phrase, reading };
      }
    }
  },
};

function mentionOf(
  work: NumberWork,
  phrase: QuantityPhrase,
  reading: Reading,
): NumberWork['mentions'][number] {
  const start = work.doc.tokens[phrase.first]?.start ?? 0;
  const { value, low, high, vague } = phrase;
  return {
    kind: 'number',
    start,
    end: phrase.endOffset,
    text: work.doc.text.slice(start, phrase.endOffset),
    number: { value, low, high, vague, category: reading.category, of: reading.of },
    by: reason(categories, reading.rule),
  };
}

function readPhrase(
  s: Scope,
  phrase: QuantityPhrase,
  previous: { phrase: QuantityPhrase; reading: Reading } | undefined,
  starts: PhraseStarts,
): Reading {
  if (phrase.unitCategory)
    return { category: phrase.unitCategory, of: null, rule: phrase.unitRule ?? 'unit' };
  if (s.words.sets.misc.ageLeads.has(keyBefore(s, phrase.first))) {
    return { category: 'other', of: null, rule: 'an age' };
  }
  const head = headAt(s, phrase.end);
  if (head.kind === 'thing') return { category: 'count', of: head.text, rule: 'counts things' };
  let { category, rule } = categoryOf(s, phrase, head, previous, starts);
  // "captured 3 launchers": capture of something not known to be people is a count of things.
  if (category === 'captured' && head.kind === 'unknown') {
    category = 'count';
    rule = 'capture of things';
  }
  // A count with no noun of its own counts the group before it when it says so ("24 more",
  // "11 of whom") or shares its category ("79 killed, including 30 in Damascus").
  const before = previous?.reading;
  const inherits = head.text === null && before && (head.anaphoric || before.category === category);
  return { category, of: head.text ?? (inherits ? before.of : null), rule };
}

/** A verb right before the number takes it as object ("killed several soldiers") and beats a later verb. */
function categoryOf(
  s: Scope,
  phrase: QuantityPhrase,
  head: Head,
  previous: { phrase: QuantityPhrase; reading: Reading } | undefined,
  starts: PhraseStarts,
): Omit<Reading, 'of'> {
  const floor = previous?.phrase.end ?? s.first;
  const adjacent = adjacentKeyword(s, phrase.first, floor);
  if (adjacent) return { category: adjacent, rule: 'casualty word right before the number' };
  const after = forwardKeyword(s, head, starts);
  if (after) return { category: after, rule: 'casualty word after the counted noun' };
  const before = backwardKeyword(s, phrase.first, floor);
  if (before) return { category: before, rule: 'casualty word before the number' };
  const noun = head.last ? s.words.nounCategories.get(head.last) : undefined;
  if (noun) return { category: noun, rule: 'casualty noun counted' };
  const listedUnder = previous?.reading.category;
  if (
    previous &&
    listedUnder &&
    CASUALTY.has(listedUnder) &&
    !hasStrongBreak(s, previous.phrase.end, phrase.first) &&
    isListed(s, head)
  ) {
    return { category: listedUnder, rule: 'listed under the count before' };
  }
  return { category: 'count', rule: 'a count' };
}

/** A clause break between two counts: they share no verb ("… killed, while 20 others fled"). */
function hasStrongBreak(s: Scope, from: number, to: number): boolean {
  for (let k = from; k < to; k = endOfWord(s, k)) {
    if (s.words.sets.clauses.strongBreaks.has(keyAt(s, k))) return true;
  }
  return false;
}

/**
 * A sub-count in a list ends at a preposition or punctuation ("including 30 in Damascus, 27 in
 * Aleppo"); one followed by a verb of its own ("and 1.2 million need aid") is a new statement.
 */
function isListed(s: Scope, head: Head): boolean {
  if (!tokenAt(s, head.end)) return true;
  // A hyphen between two words is no token, but it follows the count all the same ("two 100-member units").
  const hyphen = hyphenJoined(s, head.end - 1) ? s.doc.text.charAt(tokenAt(s, head.end - 1)?.end ?? 0) : null;
  return s.words.sets.clauses.listFollowers.has(hyphen ?? keyAt(s, head.end));
}
