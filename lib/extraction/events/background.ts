/**
 * Background history ("the war has killed 300,000 since 2011") is not an event to code. These
 * phrases mark a sentence as a running total or a look back rather than a report of something
 * that just happened.
 */
const BACKGROUND =
  /\b(since (the (start|beginning|outbreak) of|early|late|(january|february|march|april|may|june|july|august|september|october|november|december) )?\d{4}|since the (start|beginning|outbreak)|since the war began|since the conflict began|so far this year|death toll (has )?(risen|rose|climbed|reached)|in total|in all, |cumulative|over the past (few )?(years|decade)|years? ago|has killed (more than |over |at least |some |about |around )?[\d,.]+ (million|thousand)?)/i;

export function isBackgroundSentence(sentence: string): boolean {
  return BACKGROUND.test(sentence);
}
