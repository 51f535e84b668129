import type { Pass } from '../pipeline';
import { readName } from './dictionary-names';
import { readWording } from './generic-wording';
import { namedAt } from './reading';
import type { ActorWork } from './work';

/**
 * Dictionary names and generic wording, read together left to right, leftmost-longest: a name
 * starting at a word wins over wording there, and wording read from an earlier word hides the names
 * inside it. The two compete for the same words: in Sudan "rebel militia" is a local name, but
 * "Sudanese rebel militia" is wording read from "Sudanese"; in Nigeria "armed bandits" is a name,
 * "local armed bandits" wording. Reading all names first and the wording after would find other
 * actors, so they are one scan; the rules are dictionary-names' and generic-wording's.
 */
export const namesAndWording: Pass<ActorWork> = {
  name: 'actors/names-and-wording',
  run(work) {
    const n = work.toks.length;
    for (let i = 0; i < n;) {
      if (!work.toks[i]?.isWord) {
        i++;
        continue;
      }
      const named = namedAt(work, i);
      i = (named && readName(work, namesAndWording, named)) || readWording(work, namesAndWording, i) || i + 1;
    }
  },
};
