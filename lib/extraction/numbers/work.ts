import type { NumberCategory } from '../../schema/mention';
import type { Doc } from '../doc/doc';
import { numberWordsOf, type NumberWords } from './number-lexicon';
import type { Scope } from './reading';
import type { NumberMention } from './types';

/** A quantity found in a sentence, before its category and counted noun are worked out. */
export interface QuantityPhrase {
  /** Index into `NumberWork.scopes`. */
  scope: number;
  /** Token range of the surface: [first, end). */
  first: number;
  end: number;
  /** Character offset where the surface ends ("12" of "12sq" when the letters are not read). */
  endOffset: number;
  value: number | null;
  low: number | null;
  high: number | null;
  vague: boolean;
  /** Set when a unit or a currency fixes the category ("12 sq km", "$5 million", "24-hour"). */
  unitCategory: NumberCategory | null;
  /** What fixed it, as a mention's reason says. */
  unitRule: string | null;
}

/** The numbers finder's work: the Doc, its words, and what the passes have found so far. */
export interface NumberWork {
  doc: Doc;
  words: NumberWords;
  /** The stretches the grammar reads one at a time, in text order: the Doc's sentences. */
  scopes: Scope[];
  /** First tokens of the digit groups that belong to phone numbers. */
  phoneDigits: Set<number>;
  /** Quantities in text order. */
  phrases: QuantityPhrase[];
  mentions: NumberMention[];
}

export function numberWorkOf(doc: Doc): NumberWork {
  const words = numberWordsOf(doc.lexicon);
  return {
    doc,
    words,
    scopes: doc.sentences.map(({ firstToken, endToken }) => ({
      doc,
      words,
      first: firstToken,
      end: endToken,
    })),
    phoneDigits: new Set(),
    phrases: [],
    mentions: [],
  };
}
