import {
  ANY_KEYWORDS,
  COUNT_MODIFIERS,
  HEAD_STOPS,
  IRREGULAR_PLURALS,
  MONTHS,
  NOUN_CATEGORY,
  OF_DETERMINERS,
  OF_PRONOUNS,
  PERSON_NOUNS,
  THING_NOUNS,
} from './lexicon';
import type { Token } from './tokens';

export type HeadKind = 'person' | 'thing' | 'unknown' | 'pronoun' | 'none';

/** What a number counts: the noun phrase right after it ("20 insurgents", "dozens of the attackers"). */
export interface Head {
  /** The phrase as written, or null when the count refers back ("11 of whom") or names nothing. */
  text: string | null;
  /** Lower-cased last word of the phrase, which decides its kind. */
  last: string | null;
  kind: HeadKind;
  /** Token index after the phrase (or after the number when there is none). */
  end: number;
  /** The count points back to an earlier group: "24 more", "11 of whom", "170 others". */
  anaphoric: boolean;
}

const MAX_HEAD_WORDS = 4;
const ING_NOUNS = new Set(['building', 'buildings', 'dwelling', 'dwellings', 'offering', 'beings']);

export function findHead(tokens: readonly Token[], index: number, text: string): Head {
  let k = skipModifiers(tokens, index);
  let anaphoric = k > index;
  if (tokens[k]?.lower === 'others')
    return { text: null, last: null, kind: 'pronoun', end: k + 1, anaphoric: true };
  if (tokens[k]?.lower === 'of') {
    k += 1;
    if (OF_PRONOUNS.has(tokens[k]?.lower ?? ''))
      return { text: null, last: null, kind: 'pronoun', end: k + 1, anaphoric: true };
    while (OF_DETERMINERS.has(tokens[k]?.lower ?? '')) k += 1;
    const modified = skipModifiers(tokens, k);
    anaphoric ||= modified > k;
    k = modified;
  }
  const first = k;
  let count = 0;
  while (count < MAX_HEAD_WORDS) {
    const token = tokens[k];
    if (!token || token.kind !== 'word' || endsHead(token) || isCodePrefix(tokens, k)) break;
    // "1.9 million of the enclave's 2.3 million": a possessor, not what is counted.
    if (/['’]s$/.test(token.lower)) return { text: null, last: null, kind: 'none', end: index, anaphoric };
    k += 1;
    count += 1;
    if (isPlural(token.lower)) break;
  }
  const firstToken = tokens[first];
  const lastToken = tokens[k - 1];
  if (count === 0 || !firstToken || !lastToken)
    return { text: null, last: null, kind: 'none', end: index, anaphoric };
  return {
    text: text.slice(firstToken.start, lastToken.end),
    last: lastToken.lower,
    kind: kindOf(lastToken),
    end: k,
    anaphoric,
  };
}

/** "Su" in "Su-25", "MH" in "MH17": the start of a code, not a noun. */
function isCodePrefix(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k];
  const next = tokens[k + 1];
  if (!token || !next || next.start !== token.end) return false;
  if (next.kind === 'num') return true;
  const after = tokens[k + 2];
  return next.text === '-' && after?.kind === 'num' && after.start === next.end;
}

function skipModifiers(tokens: readonly Token[], index: number): number {
  let k = index;
  while (k < index + 2 && COUNT_MODIFIERS.has(tokens[k]?.lower ?? '')) k += 1;
  return k;
}

function endsHead(token: Token): boolean {
  const lower = token.lower;
  if (NOUN_CATEGORY.has(lower) || PERSON_NOUNS.has(lower) || THING_NOUNS.has(lower)) return false;
  if (HEAD_STOPS.has(lower) || ANY_KEYWORDS.has(lower)) return true;
  if (lower.endsWith('ing') && !ING_NOUNS.has(lower)) return true;
  if (lower.endsWith('ly') && lower.length > 4) return true; // adverbs: "reportedly", "mostly"
  return /^[A-Z]/.test(token.text) && MONTHS.has(lower);
}

export function isPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower) || lower.endsWith('men')) return true;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us');
}

const PERSON_SUFFIXES = [
  'ians',
  'ists',
  'men',
  'ees',
  'ants',
  'ents',
  'ers',
  'ors',
  'ans',
  'is',
  'ese',
  'ites',
  'ren',
];

function kindOf(token: Token): HeadKind {
  const lower = token.lower;
  if (THING_NOUNS.has(lower)) return 'thing';
  if (PERSON_NOUNS.has(lower) || NOUN_CATEGORY.has(lower)) return 'person';
  // Demonyms and group names after a number are people: "20 Palestinians", "five Rohingya".
  if (/^[A-Z]/.test(token.text)) return 'person';
  if (PERSON_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return 'person';
  return 'unknown';
}
