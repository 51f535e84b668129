import type { Actor } from '../../schema/mention';
import { reason, type Pass } from '../pipeline';
import { hyphenAfter, spanText } from './reading';
import { armyOf, stateActor, type ActorContext } from './resolve';
import { addFound, mark, type ActorWork, type Found, type Tok } from './work';
import { isOrdinal } from './words';

/**
 * Groups the dictionary does not know, by the patterns of their names: a group word before an
 * Arabic name ("Liwa al-Haq", "Jaish al-Islam"), or a name before a unit or group word ("Al Miqdad
 * Brigade", "Sudan Liberation Movement", "47th Mechanized Brigade"). Title-case headlines are not
 * read for names.
 */
export const unknownGroups: Pass<ActorWork> = {
  name: 'actors/unknown-groups',
  run(work) {
    const { toks, covered, words } = work;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (covered[i] || !t.isWord || !t.capitalised) continue;
      if (words.prefixes.has(t.norm)) {
        const e = readArabicName(work, i + 1);
        if (e > i + 1) {
          const canonical = spanText(work, i, e);
          addPattern(work, i, e, () => ({ canonical, inter: 2 }), 'group word + name');
          i = e - 1;
        }
        continue;
      }
      if (!words.suffixes.has(t.norm) || work.headlines.has(t.paragraph)) continue;
      const s = readNameBackward(work, i);
      if (s === i) continue;
      const named = namedGroup(work, s, i);
      if (named) addPattern(work, s, i + 1, named.resolve, named.rule);
    }
  },
};

/** What the name [s, keyword] with its keyword at k names, or null ("Popular Movement" names no group). */
function namedGroup(
  work: ActorWork,
  s: number,
  k: number,
): { resolve: (ctx: ActorContext) => Actor | null; rule: string } | null {
  const { toks, words, dict } = work;
  const nameNorms = toks.slice(s, k).map((x) => x.norm);
  const kind = words.suffixes.get((toks[k] as Tok).norm);
  const canonical = spanText(work, s, k + 1);
  const ownerFound = work.found.length > 0 ? owner(work, s) : null;
  if (ownerFound) {
    // "the Free Syrian Army’s Al Miqdad Brigade" is part of the Free Syrian Army.
    const resolve = (ctx: ActorContext): Actor | null => {
      const a = ownerFound.actor ?? ownerFound.resolve(ctx);
      if (!a) return null;
      if (a.inter === 1 || a.canonical.startsWith('Military Forces')) return a;
      return { canonical: `${canonical} (${a.canonical})`, inter: a.inter };
    };
    return { resolve, rule: 'unit of a named group' };
  }
  if (someIn(nameNorms, words.stateUnit) || nameNorms.some((w) => isOrdinal(words, w))) {
    return {
      resolve: (ctx) => stateActor(dict, armyOf(dict, ctx.focusCountry, ctx), ctx, 'military'),
      rule: 'state unit name',
    };
  }
  if (kind === 'militia') {
    const inter = someIn(nameNorms, words.identity) ? 4 : 3;
    return { resolve: () => ({ canonical, inter }), rule: 'name + militia' };
  }
  if (kind === 'movement') {
    return someIn(nameNorms, words.rebel)
      ? { resolve: () => ({ canonical, inter: 2 }), rule: 'name + movement' }
      : null;
  }
  if (kind === 'forces') {
    const inter = someIn(nameNorms, words.rebel) ? 2 : 3;
    return { resolve: () => ({ canonical, inter }), rule: 'name + forces' };
  }
  return { resolve: () => ({ canonical, inter: 2 }), rule: 'name + unit word' };
}

function someIn(norms: readonly string[], set: ReadonlySet<string>): boolean {
  return norms.some((w) => set.has(w));
}

function addPattern(
  work: ActorWork,
  s: number,
  e: number,
  resolve: (ctx: ActorContext) => Actor | null,
  rule: string,
): void {
  mark(work, s, e);
  addFound(work, s, e, { origin: 'pattern', resolve, by: reason(unknownGroups, rule) });
}

/** The named group that owns a unit: "the Free Syrian Army’s Al Miqdad Brigade". */
function owner(work: ActorWork, s: number): Found | null {
  const before = work.toks[s - 1];
  if (!before || !before.possessive) return null;
  for (let k = work.found.length - 1; k >= 0; k--) {
    const f = work.found[k] as Found;
    if (f.endTok === s && (f.origin === 'named' || f.origin === 'generic')) return f;
    if (f.endTok < s) break;
  }
  return null;
}

/** The start of the name before a keyword at k: capitalised words, particles, ordinals, "of". */
function readNameBackward(work: ActorWork, k: number): number {
  const { toks, covered, words } = work;
  let s = k;
  for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
    const t = toks[j] as Tok;
    if (covered[j] || !t.isWord || t.sentence !== (toks[k] as Tok).sentence || t.possessive) break;
    const particle = words.particles.has(t.norm);
    const innerOf =
      words.nameJoiners.has(t.norm) &&
      j > 0 &&
      (toks[j - 1] as Tok).capitalised &&
      (toks[j + 1] as Tok).capitalised;
    if (!(t.capitalised || particle || isOrdinal(words, t.norm) || innerOf)) break;
    if ((words.nameStop.has(t.norm) && !innerOf) || work.calendar.has(t.norm)) break;
    s = j;
  }
  while (s < k && words.particles.has((toks[s] as Tok).norm) && !(toks[s] as Tok).capitalised) s++;
  const hasName = toks.slice(s, k).some((t) => t.capitalised && !words.particles.has(t.norm));
  return hasName ? s : k;
}

/** The end of an Arabic name after a group word ("Liwa al-Quds"): capitalised words and particles. */
function readArabicName(work: ActorWork, j: number): number {
  const { toks, covered, words } = work;
  let e = j;
  for (let steps = 0; steps < 4 && e < toks.length; steps++) {
    const t = toks[e] as Tok;
    if (covered[e] || !t.isWord || t.sentence !== (toks[j - 1] as Tok).sentence) break;
    if (words.particles.has(t.norm)) {
      const nx = toks[e + 1];
      if (!nx || !nx.isWord || (!hyphenAfter(work, e) && !nx.capitalised)) break;
      e += 2;
      if (nx.possessive) break;
      continue;
    }
    if (!t.capitalised || words.nameStop.has(t.norm)) break;
    e += 1;
    if (t.possessive) break;
  }
  return e;
}
