/** A period in an ACLED actor name: “(2000-)”, “(1990-2015)”, “(2019)”. */
const PERIOD = /\((\d{4})(-(\d{4})?)?\)/g;

/**
 * An actor's name split where a narrow cell may shorten it: `head`, which can be cut, and `tail`,
 * the last period and what follows it (“ (2024-)”, “ (2000-) Air Force”), which must stay
 * visible because it tells apart versions of one actor (Military Forces of Syria (2000-2024) and
 * (2024-)). `tail` is '' when the name has no period (“Civilians (Sudan)” is cut at its end like
 * any text); head + tail is the name.
 */
export function splitActorName(name: string): { head: string; tail: string } {
  const last = [...name.matchAll(PERIOD)].at(-1);
  // A name that is all period has nothing to shorten before it.
  if (!last || last.index === 0) return { head: name, tail: '' };
  const cut = name.slice(0, last.index).trimEnd().length;
  return { head: name.slice(0, cut), tail: name.slice(cut) };
}
