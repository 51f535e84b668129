import { z } from '../../schema/zod';
import { foldWord } from '../text/fold';

/**
 * The kinds of entry a lexicon file holds, one schema each, shared by every finder's lexicon
 * schema, so a word is checked the same way wherever it is compared.
 */

/** A word compared with tokens' folded forms (`Token.norm`): lower case, no diacritics or apostrophes. */
export const FoldedWordSchema = z
  .string()
  .min(1)
  .refine((word) => foldWord(word) === word, 'words are folded: lower case, no diacritics or apostrophes');
export const FoldedWordsSchema = z.array(FoldedWordSchema);

/**
 * Words or phrases written naturally ("at least", "frappe aérienne", "since {year}"): tokenised
 * and folded like the text, or matched without regard to case. Written in lower case.
 */
export const PhrasesSchema = z.array(
  z
    .string()
    .min(1)
    .refine((phrase) => phrase === phrase.toLowerCase(), 'phrases are written in lower case'),
);
