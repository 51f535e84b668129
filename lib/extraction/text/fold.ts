const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘ʼʻ`´]/g;

/**
 * The form words are compared in: lower case, without diacritics (Ḩalab → halab) and without
 * apostrophes (Dara'a, Dara’a → daraa), so spelling variants in reporting meet one key.
 */
export function foldWord(word: string): string {
  let folded = word.toLowerCase();
  // Only pay for Unicode decomposition when there is something outside ASCII.
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  return folded.replace(APOSTROPHES, '');
}
