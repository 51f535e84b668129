import type { NumberCategory } from '../../schema/mention';
import { findHead, isPlural, type Head } from './head-noun';
import {
  ANY_KEYWORDS,
  BACKWARD_BRIDGES,
  CLAUSE_BREAKS,
  FORWARD_KEYWORDS,
  KEYWORD_NEEDS_NEXT,
  NOUN_CATEGORY,
  OBJECT_STARTERS,
  PASSIVE_AUXILIARIES,
  PERSON_NOUNS,
  RELATIVE_PRONOUNS,
  TRANSITIVE_KEYWORDS,
} from './lexicon';
import type { Phrase } from './phrase';
import type { Token } from './tokens';
import { wordSet } from './words';

type PhraseStarts = ReadonlyMap<number, Phrase>;

export interface Reading {
  category: NumberCategory;
  of: string | null;
}

/** How far past the counted noun a passive verb may sit ("hundreds of civilians from … were transferred"). */
const FORWARD_WINDOW = 12;
const BACKWARD_WINDOW = 8;

/** Clause breaks that also stop a list of counts sharing one verb ("… killed, while 20 others fled"). */
const STRONG_BREAKS = wordSet('; while whereas but although though when where because if unless');

const CASUALTY: ReadonlySet<NumberCategory> = new Set(['killed', 'injured', 'captured', 'displaced']);

/**
 * Category and counted noun for each phrase of one sentence, from the words in the same clause:
 * a passive verb after the counted noun ("20 insurgents were killed"), an active verb or casualty
 * noun just before the number ("killing 20", "the death toll rose to 45"), the counted noun itself
 * ("20 refugees"), or else the count it is listed under ("79 killed, including 30 in Damascus").
 */
export function readPhrases(tokens: readonly Token[], phrases: readonly Phrase[], text: string): Reading[] {
  const starts = new Map(phrases.map((p) => [p.first, p]));
  const readings: Reading[] = [];
  phrases.forEach((phrase, i) => {
    const previous = i > 0 ? phrases[i - 1] : undefined;
    const previousReading = readings[i - 1];
    readings.push(readPhrase(tokens, phrase, previous, previousReading, starts, text));
  });
  return readings;
}

function readPhrase(
  tokens: readonly Token[],
  phrase: Phrase,
  previous: Phrase | undefined,
  previousReading: Reading | undefined,
  starts: PhraseStarts,
  text: string,
): Reading {
  if (phrase.unitCategory) return { category: phrase.unitCategory, of: null };
  if (tokens[phrase.first - 1]?.lower === 'aged') return { category: 'other', of: null }; // an age
  const head = findHead(tokens, phrase.end, text);
  const sameList = previous !== undefined && !hasBreak(tokens, previous.end, phrase.first);
  if (head.kind === 'thing') return { category: 'count', of: head.text };

  // A verb right before the number takes it as object ("killed several soldiers") and beats a later verb.
  const floor = previous?.end ?? 0;
  const keyword =
    backwardKeyword(tokens, phrase.first, floor, true) ??
    forwardKeyword(tokens, head, starts, text) ??
    backwardKeyword(tokens, phrase.first, floor, false);
  let category =
    keyword ??
    (head.last ? NOUN_CATEGORY.get(head.last) : undefined) ??
    (sameList && previousReading && CASUALTY.has(previousReading.category) && isListed(tokens, head)
      ? previousReading.category
      : undefined) ??
    'count';
  // "captured 3 launchers": capture of something not known to be people is a count of things.
  if (category === 'captured' && head.kind === 'unknown') category = 'count';
  // A count with no noun of its own counts the group before it when it says so ("24 more",
  // "11 of whom") or shares its category ("79 killed, including 30 in Damascus").
  const inherits =
    head.text === null && previousReading && (head.anaphoric || previousReading.category === category);
  return { category, of: head.text ?? (inherits ? previousReading.of : null) };
}

/**
 * A sub-count in a list ends at a preposition or punctuation ("including 30 in Damascus, 27 in
 * Aleppo"); one followed by a verb of its own ("and 1.2 million need aid") is a new statement.
 */
function isListed(tokens: readonly Token[], head: Head): boolean {
  const next = tokens[head.end];
  return next === undefined || LIST_FOLLOWERS.has(next.lower);
}

const LIST_FOLLOWERS = wordSet(', . ; : ( ) - – and or in at on from near across to of whom');

function hasBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (STRONG_BREAKS.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** A passive or intransitive casualty word after the counted noun, within the clause. */
function forwardKeyword(
  tokens: readonly Token[],
  head: Head,
  starts: PhraseStarts,
  text: string,
): NumberCategory | null {
  let limit = Math.min(tokens.length, head.end + FORWARD_WINDOW);
  let linkedOnly = true;
  let hops = 0;
  for (let k = head.end; k < limit; k++) {
    const token = tokens[k];
    if (!token || CLAUSE_BREAKS.has(token.lower)) return null;
    const next = starts.get(k);
    if (next) {
      // "42 people, among them 13 women, were killed": coordinated counts share the verb after them.
      if (!linkedOnly || ++hops > MAX_LINKED_COUNTS) return null;
      const nextHead = findHead(tokens, next.end, text);
      k = nextHead.end - 1;
      limit = Math.min(tokens.length, nextHead.end + FORWARD_WINDOW);
      continue;
    }
    // ", and" starts a new clause: "injured 50, including 12 policemen, and 8 people were arrested".
    // A possessive links too: "1.9 million of the enclave's 2.3 million people … have been displaced".
    const linking = LINKS.has(token.lower) || /['’]s$/.test(token.lower);
    if (!linking || (token.text === ',' && /^(and|or)$/.test(tokens[k + 1]?.lower ?? ''))) linkedOnly = false;
    const category = FORWARD_KEYWORDS.get(token.lower);
    if (!category || !fitsNext(tokens, k) || isAttributive(tokens, k)) continue;
    if (TRANSITIVE_KEYWORDS.has(token.lower) && isActive(tokens, k, starts)) return null;
    return upgradeWoundedOrKilled(tokens, k, category, 1);
  }
  return null;
}

/** At most this many further counts are skipped to reach a shared verb, so the walk stays linear. */
const MAX_LINKED_COUNTS = 4;

/** Words that join counts into one subject: "20 soldiers and 5 civilians", "42 people, among them 13 women". */
const LINKS = wordSet(', and or among them including plus of whom mostly mainly the');

/** "a school sheltering displaced families": a casualty word used as an adjective before a noun. */
function isAttributive(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'word' && (isPlural(next.lower) || PERSON_NOUNS.has(next.lower));
}

/** "gunmen who killed …", "20 gunmen killed a soldier": the counted people did the killing. */
function isActive(tokens: readonly Token[], k: number, starts: PhraseStarts): boolean {
  const before = tokens[k - 1];
  if (before && PASSIVE_AUXILIARIES.has(before.lower)) return false;
  if (before && RELATIVE_PRONOUNS.has(before.lower)) return true;
  // "… killed several soldiers and captured ammunition": a second verb with the same subject.
  if (before && (before.lower === 'and' || before.lower === 'then' || before.text === ',')) return true;
  const after = tokens[k + 1];
  if (!after) return false;
  return starts.has(k + 1) || after.kind === 'num' || OBJECT_STARTERS.has(after.lower);
}

/** A casualty word just before the number, or joined to it only by bridge words. */
function backwardKeyword(
  tokens: readonly Token[],
  first: number,
  floor: number,
  adjacentOnly: boolean,
): NumberCategory | null {
  if (adjacentOnly) {
    // Quotation marks are transparent: killed 'dozens of terrorists'.
    const k = QUOTES.has(tokens[first - 1]?.text ?? '') ? first - 2 : first - 1;
    const category = ANY_KEYWORDS.get(tokens[k]?.lower ?? '');
    // "lost 440 troops": with the count as its object, "lost" needs no "their lives".
    const fits = tokens[k]?.lower === 'lost' || fitsNext(tokens, k, first);
    return category && k >= floor && fits ? upgradeWoundedOrKilled(tokens, k, category, -1) : null;
  }
  const listed = tokens[first - 1]?.lower === 'and' || tokens[first - 1]?.text === ',';
  let bridged = true;
  for (let k = first - 1, steps = 0; k >= floor && steps < BACKWARD_WINDOW; k--, steps++) {
    const token = tokens[k];
    if (!token || STRONG_BREAKS.has(token.lower)) return null;
    const category = ANY_KEYWORDS.get(token.lower);
    if (category && fitsNext(tokens, k, first)) {
      // "killed a soldier and 5 civilians": a verb's second object, listed after "and".
      // "are displaced and 1.2 million…" has no object between the word and "and", so it is not a verb's list.
      if (steps === 0 || bridged || (listed && steps >= 2 && TRANSITIVE_OR_GERUND.test(token.lower))) {
        return upgradeWoundedOrKilled(tokens, k, category, -1);
      }
      return null;
    }
    if (!BACKWARD_BRIDGES.has(token.lower)) bridged = false;
  }
  return null;
}

const TRANSITIVE_OR_GERUND = /(ed|ing)$/;
const QUOTES = new Set(["'", '"', '‘', '“']);

/** "lost their lives", "taken hostage": words that need a particular next word to be a casualty. */
function fitsNext(tokens: readonly Token[], k: number, numberIndex?: number): boolean {
  const needs = KEYWORD_NEEDS_NEXT.get(tokens[k]?.lower ?? '');
  if (!needs) return true;
  if (numberIndex === k + 1 && (tokens[k]?.lower === 'claimed' || tokens[k]?.lower === 'claiming'))
    return false;
  return needs.has(tokens[k + 1]?.lower ?? '');
}

/** "killed or wounded", "wounded or killed", "killing and injuring": the count includes deaths. */
function upgradeWoundedOrKilled(
  tokens: readonly Token[],
  k: number,
  category: NumberCategory,
  direction: 1 | -1,
): NumberCategory {
  if (category !== 'injured') return category;
  const joiner = tokens[k + direction];
  const other = tokens[k + 2 * direction];
  if (
    (joiner?.lower === 'or' || joiner?.lower === 'and') &&
    other &&
    ANY_KEYWORDS.get(other.lower) === 'killed'
  )
    return 'killed';
  return category;
}
