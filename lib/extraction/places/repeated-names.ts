import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { Token } from '../text/tokenize';
import { addUnknown } from './unknown-names';
import type { PlaceWork, Unknown } from './work';

/**
 * One sense per article: a name the context made a place once ("the city of Mrauk U") is that
 * place wherever the article writes it again, capitalised, with no other reading ("fighting in
 * Mrauk U").
 */
export const repeatedNames: Pass<PlaceWork> = {
  name: 'places/repeated-names',
  run(work) {
    const { tokens } = work.doc;
    const byFirstWord = new Map<string, { norms: string[]; level: Unknown['level'] }[]>();
    // A name made a place again is read as it was the first time (the first of a list that matches wins).
    const seen = new Set<string>();
    for (const u of work.unknowns) {
      if (u.span.charEnd !== undefined) continue;
      const norms = tokens.slice(u.span.start, u.span.end).map((t) => t.norm);
      const key = norms.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const first = norms[0] as string;
      const names = byFirstWord.get(first);
      if (names) names.push({ norms, level: u.level });
      else byFirstWord.set(first, [{ norms, level: u.level }]);
    }
    if (byFirstWord.size === 0) return;
    const by = reason(repeatedNames, 'a name the article made a place before');
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const names = token.capitalised && !work.taken[i] ? byFirstWord.get(token.norm) : undefined;
      const name = names?.find(({ norms }) =>
        norms.every((norm, k) => tokens[i + k]?.norm === norm && !work.taken[i + k]),
      );
      if (!name) continue;
      addUnknown(work, { start: i, end: i + name.norms.length }, name.level, by);
      i += name.norms.length - 1;
    }
  },
};
