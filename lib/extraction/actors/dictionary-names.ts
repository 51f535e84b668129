/**
 * Names from the actor dictionary (aliases, local aliases, people, short names, sources), with the
 * force or group noun that may follow them ("Hezbollah fighters", "Assad’s forces"). The
 * names-and-wording pass calls it at every word where a name starts.
 */
import type { Actor } from '../../schema/mention';
import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { NamedValue } from './dictionary';
import { followsAsNoun, genericAt, hyphenAfter, type Lookup } from './reading';
import { entryActor, groupOf, stateActor, type ActorContext } from './resolve';
import type { ActorEntry, HeadClass } from './schema';
import { addFound, mark, type ActorWork, type Found, type Tok } from './work';

/**
 * Whether a head noun of the class extends a name before it: the group's or the leader's forces,
 * fighters and militias ("Hezbollah fighters", "NDF unit", "Assad’s militias"), not its civilians.
 */
const EXTENDS_NAME: Readonly<Record<HeadClass, boolean>> = {
  state: true,
  force: true,
  weapon: true,
  personnel: true,
  opposition: true,
  fighters: true,
  gunmen: true,
  militia: true,
  paramilitary: true,
  separatists: false,
  occupier: false,
  civilians: false,
  protesters: false,
  rioters: false,
  police: false,
  settlers: false,
  herders: false,
};

/** What a name with a following noun stands for: the entry itself, or its state's forces. */
type Body = 'entry' | 'military' | 'government' | 'militia';

const BODY_RULE: Record<Exclude<Body, 'entry'>, string> = {
  military: 'leader + forces',
  government: 'name + regime',
  militia: 'leader + militias',
};

/**
 * Read the dictionary name found at [start, end) and record the actor it names. Returns the token
 * after what it read: sources and names inside compound adjectives ("Hamas-run") are read past.
 */
export function readName(work: ActorWork, pass: Pass<ActorWork>, named: Lookup<NamedValue>): number {
  const { value: v, end: e } = named;
  let s = named.start;
  mark(work, s, e);
  if (v.kind === 'source') return e;
  if (v.kind === 'person' && e - s === 1) {
    s = titleStart(work, s);
    mark(work, s, e);
  }
  const { toks, words } = work;
  const entry = v.entry as ActorEntry;
  // "Hamas-run", "Houthi-controlled": a name inside a compound adjective is not an acting party here.
  if (hyphenAfter(work, e - 1)) return words.backed.has((toks[e] as Tok).norm) ? e + 1 : e;
  const { end, body, rule } = extension(work, v, entry, e);
  mark(work, s, end);
  addFound(work, s, end, {
    origin: v.kind === 'person' ? 'person' : 'named',
    resolve: (ctx) => actorOf(work, entry, body, ctx),
    by: reason(pass, rule),
  });
  if (v.kind === 'person') rememberSurname(work, v, entry, e);
  return end;
}

/** A following force or group noun taken into the name: "Hezbollah fighters", "NDF unit", "Assad's forces". */
function extension(
  work: ActorWork,
  v: NamedValue,
  entry: ActorEntry,
  e: number,
): { end: number; body: Body; rule: string } {
  const { toks, words } = work;
  const last = toks[e - 1] as Tok;
  const rule = v.kind === 'person' ? 'person' : v.local ? 'local alias' : 'alias';
  const canExtend = !last.possessive || v.kind === 'person' || entry.government !== undefined;
  if (!canExtend || e >= toks.length) return { end: e, body: 'entry', rule };
  const ext = headAfter(work, e);
  if (ext) {
    const body = bodyOf(work, entry, ext);
    return { end: ext.end, body, rule: body === 'entry' ? `${rule} + force noun` : BODY_RULE[body] };
  }
  if (!last.possessive && words.groupNouns.has((toks[e] as Tok).norm) && v.kind === 'actor') {
    return { end: e + 1, body: 'entry', rule: `${rule} + group noun` };
  }
  return { end: e, body: 'entry', rule };
}

/** "Abuagla Keikal", "President Assad": a known single name keeps up to two capitalised words before it. */
function titleStart(work: ActorWork, s: number): number {
  const { toks, covered, found } = work;
  const sentence = (toks[s] as Tok).sentence;
  for (let k = 0; k < 2; k++) {
    const prev = toks[s - 1];
    const beforePrev = toks[s - 2];
    if (!prev || !prev.isWord || !prev.capitalised || prev.possessive || covered[s - 1]) break;
    if (prev.sentence !== sentence || beforePrev?.sentence !== sentence || work.words.nameStop.has(prev.norm))
      break;
    if (found.length > 0 && (found[found.length - 1] as Found).endTok > s - 1) break;
    s--;
  }
  return s;
}

/** A leader or a state followed by a force noun means the state: its military, government or militias. */
function bodyOf(work: ActorWork, entry: ActorEntry, ext: { key: string; cls: HeadClass }): Body {
  if (work.words.regime.has(ext.key)) return entry.government || entry.state ? 'government' : 'entry';
  if (!entry.government && !entry.state) return 'entry';
  if (ext.cls === 'militia' || ext.cls === 'paramilitary') return 'militia';
  return entry.government ? 'military' : 'entry';
}

function actorOf(work: ActorWork, entry: ActorEntry, body: Body, ctx: ActorContext): Actor | null {
  const { dict } = work;
  if (body === 'military') return stateActor(dict, entry.government ?? null, ctx, 'military');
  if (body === 'militia')
    return groupOf(dict, 'Pro-Government Militias', entry.government ?? entry.state ?? null, 3);
  if (body === 'government')
    return stateActor(dict, entry.government ?? entry.state ?? null, ctx, 'government');
  return entryActor(dict, entry, ctx);
}

/** A person named in full ("Yahya Sinwar") may later be named by the surname alone. */
function rememberSurname(work: ActorWork, v: NamedValue, entry: ActorEntry, e: number): void {
  const words = v.alias.split(/\s+/);
  const surname = words[words.length - 1];
  if (words.length > 1 && surname && surname.length >= 4) {
    work.surnames.set((work.toks[e - 1] as Tok).norm, { entry, group: null });
  }
}

/** A head noun (possibly after neutral modifiers) starting at j, for extending a name. */
function headAfter(work: ActorWork, j: number): { end: number; key: string; cls: HeadClass } | null {
  let k = j;
  for (let steps = 0; steps < 3 && k < work.toks.length; steps++) {
    const m = genericAt(work, k);
    if (!m) return null;
    const p = m.value;
    if (p.head && EXTENDS_NAME[p.head.class] && !hyphenAfter(work, m.end - 1)) {
      if (p.head.ambiguous && !followsAsNoun(work, m.end)) return null;
      return { end: m.end, key: p.key, cls: p.head.class };
    }
    if (!p.mod || p.country || (work.toks[m.end - 1] as Tok).possessive) return null;
    k = m.end;
  }
  return null;
}
