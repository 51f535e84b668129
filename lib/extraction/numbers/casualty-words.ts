import type { NumberCategory } from '../../schema/mention';
import { endsWithAny, headAt, isPlural, isPossessive, type Head } from './head-noun';
import { isLetterWord, keyAt, startsWithDigit, wordAt, wordBefore, type Scope, type Word } from './reading';
import type { QuantityPhrase } from './work';

/** The quantity phrases by their first token. */
export type PhraseStarts = ReadonlyMap<number, QuantityPhrase>;

/** How far past the counted noun a passive verb may sit ("hundreds of civilians from … were transferred"). */
const FORWARD_WINDOW = 12;
const BACKWARD_WINDOW = 8;
/** At most this many further counts are skipped to reach a shared verb, so the walk stays linear. */
const MAX_LINKED_COUNTS = 4;
const QUOTES = new Set(["'", '"', '‘', '“']);

/** A passive or intransitive casualty word after the counted noun, within the clause. */
export function forwardKeyword(s: Scope, head: Head, starts: PhraseStarts): NumberCategory | null {
  const { sets, afterKeywords } = s.words;
  let left = FORWARD_WINDOW;
  let linkedOnly = true;
  let hops = 0;
  for (let k = head.end; k < s.end && left > 0;) {
    const word = wordAt(s, k);
    if (sets.clauses.breaks.has(word.key)) return null;
    const next = starts.get(k);
    if (next) {
      // "42 people, among them 13 women, were killed": coordinated counts share the verb after them.
      if (!linkedOnly || ++hops > MAX_LINKED_COUNTS) return null;
      k = headAt(s, next.end).end;
      left = FORWARD_WINDOW;
      continue;
    }
    // ", and" starts a new clause: "injured 50, including 12 policemen, and 8 people were arrested".
    // A possessive links too: "1.9 million of the enclave's 2.3 million people … have been displaced".
    const linking = sets.clauses.links.has(word.key) || isPossessive(s, word);
    const newClause = word.key === ',' && sets.clauses.coordinators.has(keyAt(s, word.end));
    if (!linking || newClause) linkedOnly = false;
    const category = afterKeywords.get(word.key);
    if (category && fitsNext(s, word) && !isAttributive(s, word)) {
      if (sets.casualties.transitive.has(word.key) && isActive(s, word, starts)) return null;
      return upgradeWoundedOrKilled(s, word, category, 1);
    }
    k = word.end;
    left -= 1;
  }
  return null;
}

/** A casualty word right before the number ("killed 20"), or only quotation marks between. */
export function adjacentKeyword(s: Scope, first: number, floor: number): NumberCategory | null {
  // Quotation marks are transparent: killed 'dozens of terrorists'.
  let word = wordBefore(s, first);
  if (word && QUOTES.has(word.key)) word = wordBefore(s, word.start);
  const category = word && s.words.anyKeywords.get(word.key);
  if (!word || !category || word.start < floor) return null;
  // "lost 440 troops": with the count as its object, "lost" needs no "their lives".
  const fits = s.words.sets.casualties.rightBeforeCount.has(word.key) || fitsNext(s, word, first);
  return fits ? upgradeWoundedOrKilled(s, word, category, -1) : null;
}

/** A casualty word before the number, joined to it only by bridge words ("the toll rose to 45"). */
export function backwardKeyword(s: Scope, first: number, floor: number): NumberCategory | null {
  const { sets, anyKeywords, casualties } = s.words;
  const listed = sets.clauses.listLeads.has(wordBefore(s, first)?.key ?? '');
  let bridged = true;
  let word = wordBefore(s, first);
  for (let steps = 0; word && word.start >= floor && steps < BACKWARD_WINDOW; steps++) {
    if (sets.clauses.strongBreaks.has(word.key)) return null;
    const category = anyKeywords.get(word.key);
    if (category && fitsNext(s, word, first)) {
      // "killed a soldier and 5 civilians": a verb's second object, listed after "and".
      // "are displaced and 1.2 million…" has no object between the word and "and", so it is not a verb's list.
      const key = word.key;
      const isVerb = endsWithAny(key, casualties.listVerbEndings);
      if (steps === 0 || bridged || (listed && steps >= 2 && isVerb)) {
        return upgradeWoundedOrKilled(s, word, category, -1);
      }
      return null;
    }
    if (!sets.clauses.bridges.has(word.key)) bridged = false;
    word = wordBefore(s, word.start);
  }
  return null;
}

/** "lost their lives", "taken hostage": words that need a particular next word to be a casualty. */
function fitsNext(s: Scope, word: Word, numberIndex?: number): boolean {
  const needs = s.words.needsNext.get(word.key);
  if (!needs) return true;
  if (numberIndex === word.end && s.words.sets.casualties.notRightBeforeCount.has(word.key)) return false;
  return needs.has(keyAt(s, word.end));
}

/** "a school sheltering displaced families": a casualty word used as an adjective before a noun. */
function isAttributive(s: Scope, word: Word): boolean {
  const next = wordAt(s, word.end);
  return (
    isLetterWord(s, next.start) && (isPlural(s.words, next.key) || s.words.sets.heads.persons.has(next.key))
  );
}

/** "gunmen who killed …", "20 gunmen killed a soldier": the counted people did the killing. */
function isActive(s: Scope, word: Word, starts: PhraseStarts): boolean {
  const { clauses } = s.words.sets;
  const before = wordBefore(s, word.start)?.key ?? '';
  if (clauses.passiveAuxiliaries.has(before)) return false;
  if (clauses.relativePronouns.has(before)) return true;
  // "… killed several soldiers and captured ammunition": a second verb with the same subject.
  if (clauses.sameSubjectLeads.has(before)) return true;
  if (word.end >= s.end) return false;
  return (
    starts.has(word.end) || startsWithDigit(s, word.end) || clauses.objectStarters.has(keyAt(s, word.end))
  );
}

/** "killed or wounded", "wounded or killed", "killing and injuring": the count includes deaths. */
function upgradeWoundedOrKilled(
  s: Scope,
  word: Word,
  category: NumberCategory,
  direction: 1 | -1,
): NumberCategory {
  if (category !== 'injured') return category;
  const step = (w: Word | null): Word | null =>
    !w ? null : direction > 0 ? wordAt(s, w.end) : wordBefore(s, w.start);
  const joiner = step(word);
  const other = step(joiner);
  const joins = joiner !== null && s.words.sets.clauses.coordinators.has(joiner.key);
  return joins && other && s.words.anyKeywords.get(other.key) === 'killed' ? 'killed' : category;
}
