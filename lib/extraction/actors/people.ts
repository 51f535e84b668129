import { reason, type Pass } from '../pipeline';
import { addFound, mark, type ActorWork, type Found, type Tok } from './work';

/**
 * People acting for a group the earlier passes found, coded as the group (the gold convention):
 * "Hamas leader Yahya Sinwar", "Salim Idris, chief of staff of the Free Syrian Army", "the commander
 * of the Free Syrian Army, Salim Idris,". Role words are the dictionary's (`generic.json` roles).
 */
export const people: Pass<ActorWork> = {
  name: 'actors/people',
  run(work) {
    const { toks, dict } = work;
    const groups = work.found
      .filter((f) => f.origin === 'named' || f.origin === 'pattern')
      .sort((a, b) => a.startTok - b.startTok);
    for (const g of groups) {
      // "<Group> ['s] <role> <Name>": "Hamas leader Yahya Sinwar".
      const role = dict.personRoles.longestAt(toks, g.endTok);
      if (role) {
        const e = readNameForward(work, role.endToken);
        if (e > role.endToken) addPerson(work, role.endToken, e, g, 'group + role + name');
      }
      // "the <role> of ... <Group>, <Name>,".
      if (toks[g.endTok]?.norm === ',' && roleBefore(work, g.startTok)) {
        const e = readNameForward(work, g.endTok + 1);
        const after = toks[e];
        if (e > g.endTok + 1 && (!after || !after.isWord || !after.capitalised)) {
          addPerson(work, g.endTok + 1, e, g, 'role of group, name');
        }
      }
      // "<Name>, <role> of the <Group>".
      const named = nameBeforeRoleOf(work, g.startTok);
      if (named) addPerson(work, named.s, named.e, g, 'name, role of group');
    }
  },
};

/** A role word before s in its sentence, with no comma between ("the commander of the ..."). */
function roleBefore(work: ActorWork, s: number): boolean {
  const { toks } = work;
  const sentence = (toks[s] as Tok).sentence;
  for (let j = s - 1; j >= 0 && s - j <= 14; j--) {
    const t = toks[j] as Tok;
    if (t.sentence !== sentence || t.norm === ',') return false;
    if (work.dict.personRoles.longestAt(toks, j)) return true;
  }
  return false;
}

/** "<Name>, <role> of the [rebel] <Group at s>": the name's tokens, or null. */
function nameBeforeRoleOf(work: ActorWork, s: number): { s: number; e: number } | null {
  const { toks, words } = work;
  const sentence = (toks[s] as Tok).sentence;
  let j = s - 1;
  while (j >= 0 && words.groupFramings.has((toks[j] as Tok).norm)) j--;
  if (j < 0 || !words.roleOf.has((toks[j] as Tok).norm)) return null;
  let sawRole = false;
  for (let k = j - 1; k >= 0 && j - k <= 10; k--) {
    const t = toks[k] as Tok;
    if (t.sentence !== sentence) return null;
    if (t.norm === ',') return sawRole ? nameBeforeComma(work, k) : null;
    if (work.dict.personRoles.longestAt(toks, k)) sawRole = true;
  }
  return null;
}

/** The capitalised name (with particles) just before the comma at k. */
function nameBeforeComma(work: ActorWork, k: number): { s: number; e: number } | null {
  const { toks, covered, words } = work;
  let e = k;
  let b = k;
  while (b - 1 >= 0 && k - b < 4) {
    const w = toks[b - 1] as Tok;
    if (
      !w.isWord ||
      covered[b - 1] ||
      !(w.capitalised || words.particles.has(w.norm)) ||
      words.nameStop.has(w.norm)
    )
      break;
    b--;
  }
  while (b < e && !(toks[b] as Tok).capitalised) b++;
  if (b === e) return null;
  if (!(toks[e - 1] as Tok).capitalised) e = b;
  return e > b ? { s: b, e } : null;
}

/** The end of a name read forwards from j: up to four capitalised words and particles. */
function readNameForward(work: ActorWork, j: number): number {
  const { toks, covered, words } = work;
  let e = j;
  while (e < toks.length && e - j < 4) {
    const t = toks[e] as Tok;
    if (!t.isWord || covered[e] || t.sentence !== (toks[j] as Tok).sentence) break;
    if (t.capitalised && !words.nameStop.has(t.norm) && !work.calendar.has(t.norm)) {
      e++;
      if (t.possessive) break;
      continue;
    }
    if (words.particles.has(t.norm) && toks[e + 1]?.capitalised) {
      e++;
      continue;
    }
    break;
  }
  while (e > j && !(toks[e - 1] as Tok).capitalised) e--;
  return e;
}

function addPerson(work: ActorWork, s: number, e: number, g: Found, rule: string): void {
  for (let k = s; k < e; k++) if (work.covered[k]) return;
  mark(work, s, e);
  addFound(work, s, e, {
    origin: 'person',
    resolve: (ctx) => g.actor ?? g.resolve(ctx),
    by: reason(people, rule),
  });
  const last = work.toks[e - 1] as Tok;
  if (e - s >= 2 && last.norm.length >= 4) work.surnames.set(last.norm, { entry: null, group: g });
}
