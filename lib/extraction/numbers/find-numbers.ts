import type { Doc } from '../doc/doc';
import { runPasses, type Pass } from '../pipeline';
import { categories } from './categories';
import { phoneRuns } from './phone-runs';
import { quantityPhrases } from './quantity-phrases';
import type { NumberMention } from './types';
import { numberWorkOf, type NumberWork } from './work';

/**
 * The numbers finder's passes, in order: phone numbers are marked first so their digits are never
 * read as quantities, then the quantities are found, then what each one counts.
 */
export const NUMBER_PASSES: readonly Pass<NumberWork>[] = [phoneRuns, quantityPhrases, categories];

/** Every quantity in the Doc as a number mention, in text order, with offsets into its text. */
export function findNumbers(doc: Doc): NumberMention[] {
  return runPasses(NUMBER_PASSES, numberWorkOf(doc)).mentions;
}
