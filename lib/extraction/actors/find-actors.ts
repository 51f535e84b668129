import type { Actor, Mention } from '../../schema/mention';
import type { Doc } from '../doc/doc';
import { calendarWords } from '../text/calendar-words';
import type { Token } from '../text/tokenize';
import type { PhraseIndex, PhraseMatch } from '../matcher/phrase-index';
import { loadActorDictionary, type CaseMode, type GenericPiece, type NamedValue } from './dictionary';
import {
  armyOf,
  dayOf,
  entryActor,
  groupOf,
  inEra,
  oppositionOf,
  roleActor,
  stateActor,
  type ActorContext,
} from './resolve';
import type { ActorEntry } from './schema';

export type ActorMention = Extract<Mention, { kind: 'actor' }>;

/** A token with its possessive split off ("army’s" → norm "army", possessive) and its sentence/paragraph. */
interface Tok extends Token {
  possessive: boolean;
  sentence: number;
  paragraph: number;
}

type Origin = 'named' | 'person' | 'generic' | 'pattern';

interface Found {
  startTok: number;
  endTok: number;
  start: number;
  end: number;
  origin: Origin;
  actor: Actor | null;
  /** Resolved after all named groups are known. */
  resolve?: (ctx: ActorContext) => Actor | null;
  /** Generic armed-opposition wording: may take the name of a group mentioned just before. */
  contextual?: 'opposition' | 'gunmen';
}

/** Words after which an adjective-like head ("military", "regime", "civilian") is a noun. */
const FOLLOW_WORDS = new Set(
  (
    'and or but nor in on at of to for from by with without into onto near around across after before during since as ' +
    'who which that whose whom is are was were be been being has have had will would could should can may might must ' +
    'did do does said say says claimed claims also still then now later reportedly allegedly not never began took ' +
    'continues continue continued launched shelled stormed seized captured killed attacked bombed struck shot fired ' +
    'announced denied accused managed tried used withdrew advanced retreated carried controls control remains ' +
    'against than while where when if so because until toward towards inside outside within over under'
  ).split(' '),
);

/** Words that tie generic fighters to a named group after them: "gunmen from the ...", "fighters loyal to ...". */
const LINK_WORDS = new Set('from of the belonging to loyal linked affiliated with'.split(' '));

/** Reporting verbs: "residents said" quotes a source. */
const REPORTING = new Set(
  'said say says told reported report recounted described added claimed claim'.split(' '),
);

/** "Iran-backed", "Kurdish-led": the first word backs the group, it does not name it. */
const BACKED = new Set(
  'backed led allied aligned affiliated linked supported sponsored trained funded armed dominated'.split(' '),
);

/** A group name may be extended by these nouns: "ISIL terror group", "Hamas movement". */
const GROUP_NOUNS = new Set(
  'group groups movement faction factions organisation organization network wing'.split(' '),
);

const EXTENDABLE = new Set([
  'state',
  'force',
  'weapon',
  'personnel',
  'opposition',
  'fighters',
  'gunmen',
  'militia',
  'paramilitary',
]);

const NAME_PARTICLES = new Set(
  'al el ad ash as at an ar az ud ul wal wa li lil fi bin ibn abu abou ag ould de du da van von wad'.split(
    ' ',
  ),
);

/** Keywords that end an unknown group's name ("Al Miqdad Brigade", "Sudan Liberation Army"). */
const SUFFIX_KEYWORDS = new Set(
  'brigade brigades battalion battalions regiment militia militias forces force front army movement corps legion division'.split(
    ' ',
  ),
);
/** Arabic words that begin a group's name ("Liwa al-Quds", "Jaish al-Islam"). */
const PREFIX_KEYWORDS = new Set(
  'liwa liwaa jaish jaysh harakat haraka kataib katibat katiba saraya jabhat ahrar faylaq failaq firqat tajammu jamaat jamaa usbat alwiya quwat'.split(
    ' ',
  ),
);
const STATE_UNIT_WORDS = new Set(
  'mechanized mechanised motorized motorised airborne assault marine marines infantry armoured armored tank artillery presidential republican special separate territorial airmobile rifle guards mountain'.split(
    ' ',
  ),
);
const REBEL_WORDS = new Set(
  'liberation revolutionary revolution resistance free islamic jihad mujahideen salvation justice democratic popular peoples people defence defense independence national'.split(
    ' ',
  ),
);
const IDENTITY_WORDS = new Set(
  'tribal ethnic clan communal community self defence defense vigilante hunters'.split(' '),
);
const NAME_STOP = new Set(
  'the a an in on at by from with for and but or as to of this that these those after before during when while its their his her our'.split(
    ' ',
  ),
);

const POSSESSIVE = /['’ʼ]s$/i;

/**
 * Actors in an article: named groups and forces from the dictionary, generic and partisan wording
 * ("regime forces", "terrorists", "Russian helicopters"), unknown groups by their name patterns, and
 * people acting for a group. Each mention keeps the outlet's words; its payload is the canonical actor.
 */
export function findActors(
  doc: Doc,
  context: { focusCountry: string | null; publishedAt: string | null },
): ActorMention[] {
  const { text } = doc;
  const calendar = calendarWords(doc.lexicon.text);
  const dict = loadActorDictionary();
  const focus = context.focusCountry ? context.focusCountry.toUpperCase() : null;
  const day = dayOf(context.publishedAt);
  const toks = prepareTokens(doc);
  const n = toks.length;
  const covered = new Uint8Array(n);
  const found: Found[] = [];
  const surnames = new Map<string, { entry: ActorEntry | null; group: Found | null }>();
  const countryVotes = new Map<string, number>();

  const hyphenAfter = (i: number): boolean => {
    const a = toks[i];
    const b = toks[i + 1];
    if (!a || !b || b.start - a.end !== 1) return false;
    const c = text.charCodeAt(a.end);
    return c === 45 || c === 0x2010 || c === 0x2011;
  };
  const caseOk = (mode: CaseMode, s: number, e: number): boolean => {
    if (mode.kind === 'any') return true;
    if (mode.kind === 'capital') return (toks[s + mode.word] as Tok | undefined)?.capitalised ?? false;
    const first = toks[s] as Tok;
    const last = toks[e - 1] as Tok;
    const surface = text.slice(first.start, last.possessive ? last.end - 2 : last.end);
    return surface.replace(/[^\p{L}\p{N}]/gu, '') === mode.letters;
  };
  const endOffset = (t: Tok) => (t.possessive ? t.end - 2 : t.end);
  const mark = (s: number, e: number) => covered.fill(1, s, e);

  /** The longest phrase at i whose values pass `accept`, trying shorter phrases when the longest fails. */
  function lookup<T>(
    index: PhraseIndex<T>,
    i: number,
    pick: (values: readonly T[], s: number, e: number) => T | null,
  ) {
    const m: PhraseMatch<T> | null = index.longestAt(toks, i);
    if (!m) return null;
    for (let e = m.endToken; e > i; e--) {
      const values = e === m.endToken ? m.values : index.get(toks.slice(i, e).map((t) => t.norm));
      if (!values) continue;
      const value = pick(values, i, e);
      if (value !== null) return { value, start: i, end: e };
    }
    return null;
  }

  const focusIn = (countries: readonly string[]) => focus !== null && countries.includes(focus);
  const pickNamed = (values: readonly NamedValue[], s: number, e: number): NamedValue | null => {
    let best: NamedValue | null = null;
    let bestRank = -1;
    for (const v of values) {
      if (!caseOk(v.caseMode, s, e)) continue;
      if (v.kind === 'source') return v;
      const entry = v.entry as ActorEntry;
      if (v.local && !focusIn(entry.countries)) continue;
      let rank = 1;
      if (!inEra(entry, day)) {
        if (day !== null) continue;
        rank = 0;
      }
      if (focusIn(entry.countries)) rank += 2;
      if (rank > bestRank) {
        best = v;
        bestRank = rank;
      }
    }
    return best;
  };
  const pickGeneric = (values: readonly GenericPiece[], s: number, e: number): GenericPiece | null => {
    const p = values[0];
    return p && caseOk(p.caseMode, s, e) ? p : null;
  };

  const headline = headlineParagraphs(toks);

  // ---- Pass 1: dictionary names, then generic wording, left to right. ----
  for (let i = 0; i < n;) {
    const t = toks[i] as Tok;
    if (!t.isWord) {
      i++;
      continue;
    }
    const named = lookup(dict.named, i, pickNamed);
    if (named) {
      const next = handleNamed(named.value, named.start, named.end);
      if (next > i) {
        i = next;
        continue;
      }
    }
    const generic = parseGeneric(i);
    if (generic) {
      i = generic;
      continue;
    }
    i++;
  }

  function handleNamed(v: NamedValue, s: number, e: number): number {
    mark(s, e);
    if (v.kind === 'source') return e;
    // "Abuagla Keikal", "President Assad": a known single name keeps the capitalised words before it.
    if (v.kind === 'person' && e - s === 1) {
      const sentence = (toks[s] as Tok).sentence;
      for (let k = 0; k < 2; k++) {
        const prev = toks[s - 1] as Tok | undefined;
        const beforePrev = toks[s - 2] as Tok | undefined;
        if (!prev || !prev.isWord || !prev.capitalised || prev.possessive || covered[s - 1]) break;
        if (prev.sentence !== sentence || beforePrev?.sentence !== sentence || NAME_STOP.has(prev.norm))
          break;
        if (found.length > 0 && (found[found.length - 1] as Found).endTok > s - 1) break;
        s--;
      }
      mark(s, e);
    }
    const entry = v.entry as ActorEntry;
    const last = toks[e - 1] as Tok;
    // "Hamas-run", "Houthi-controlled": a name inside a compound adjective is not an acting party here.
    if (hyphenAfter(e - 1) && !BACKED.has((toks[e] as Tok).norm)) return e;
    if (hyphenAfter(e - 1)) return e + 1;
    let end = e;
    let body: 'entry' | 'military' | 'government' | 'militia' = 'entry';
    // Extension by a following force or group noun: "Hezbollah fighters", "NDF unit", "Assad's forces".
    const canExtend = !last.possessive || v.kind === 'person' || entry.government !== undefined;
    if (canExtend && end < n) {
      const ext = headAfter(end);
      if (ext) {
        end = ext.end;
        if (ext.key === 'regime') body = entry.government || entry.state ? 'government' : 'entry';
        else if (entry.government || entry.state) {
          body =
            ext.cls === 'militia' || ext.cls === 'paramilitary'
              ? 'militia'
              : entry.government
                ? 'military'
                : 'entry';
        }
      } else if (!last.possessive && GROUP_NOUNS.has((toks[end] as Tok).norm) && v.kind === 'actor') {
        end += 1;
      }
    }
    mark(s, end);
    const endTok = toks[end - 1] as Tok;
    found.push({
      startTok: s,
      endTok: end,
      start: (toks[s] as Tok).start,
      end: endOffset(endTok),
      origin: v.kind === 'person' ? 'person' : 'named',
      actor: null,
      resolve: (ctx) => {
        if (body === 'military') return stateActor(dict, entry.government ?? null, ctx, 'military');
        if (body === 'militia')
          return groupOf(dict, 'Pro-Government Militias', entry.government ?? entry.state ?? null, 3);
        if (body === 'government')
          return stateActor(dict, entry.government ?? entry.state ?? null, ctx, 'government');
        return entryActor(dict, entry, ctx);
      },
    });
    if (entry.state) vote(entry.state, 1);
    if (v.kind === 'person') {
      const words = v.alias.split(/\s+/);
      const surname = words[words.length - 1];
      if (words.length > 1 && surname && surname.length >= 4) {
        const key = (toks[e - 1] as Tok).norm;
        surnames.set(key, { entry, group: null });
      }
    }
    return end;
  }

  /** A head noun (possibly after neutral modifiers) starting at j, for extending a name. */
  function headAfter(j: number): { end: number; key: string; cls: string } | null {
    let k = j;
    for (let steps = 0; steps < 3 && k < n; steps++) {
      const m = lookup(dict.generic, k, pickGeneric);
      if (!m) return null;
      const p = m.value;
      if (p.head && EXTENDABLE.has(p.head.class) && !hyphenAfter(m.end - 1)) {
        if (p.head.ambiguous && !followsAsNoun(m.end)) return null;
        return { end: m.end, key: p.key, cls: p.head.class };
      }
      if (!p.mod || p.country || (toks[m.end - 1] as Tok).possessive) return null;
      k = m.end;
    }
    return null;
  }

  function possessiveAfter(e: number): boolean {
    const last = toks[e - 1] as Tok;
    if (last.possessive) return true;
    const next = toks[e];
    return next !== undefined && next.start === last.end && /['’ʼ]/.test(next.norm);
  }

  function followsAsNoun(e: number): boolean {
    const last = toks[e - 1] as Tok;
    if (last.possessive) return true;
    const next = toks[e];
    if (!next) return true;
    if (!next.isWord) return !hyphenAfter(e - 1);
    if (next.sentence !== last.sentence) return true;
    if (next.capitalised) return false;
    return FOLLOW_WORDS.has(next.norm) || (next.norm.length > 4 && next.norm.endsWith('ed'));
  }

  function vote(iso: string, weight: number) {
    countryVotes.set(iso, (countryVotes.get(iso) ?? 0) + weight);
  }

  interface Piece {
    p: GenericPiece;
    s: number;
    e: number;
    backer?: boolean;
    /** "pro-government", "pro-Assad": a modifier for the state of this country (null = the focus country). */
    proState?: string | null;
    proNeutral?: boolean;
  }

  /** Generic actor wording at i: [modifiers] head. Returns the token after the mention, or 0. */
  function parseGeneric(i: number): number {
    const pieces: Piece[] = [];
    let j = i;
    let compound = false;
    while (j < n) {
      const t = toks[j] as Tok;
      if (!t.isWord || (pieces.length > 0 && t.sentence !== (toks[j - 1] as Tok).sentence)) break;
      if (t.norm === 'pro' && hyphenAfter(j)) {
        const pro = parsePro(j + 1);
        if (!pro) break;
        pieces.push(pro);
        j = pro.e;
        continue;
      }
      const m = lookup(dict.generic, j, pickGeneric);
      if (!m) break;
      const p = m.value;
      const lastTok = toks[m.end - 1] as Tok;
      const backed = hyphenAfter(m.end - 1) && BACKED.has((toks[m.end] as Tok | undefined)?.norm ?? '');
      if (p.country?.kind === 'owner' && !lastTok.possessive && !backed) break;
      if (!p.head && !p.mod && !p.country && !p.ethnic) break;
      const piece: Piece = { p, s: j, e: m.end };
      pieces.push(piece);
      j = m.end;
      if (backed) {
        piece.backer = true;
        j += 1;
        continue;
      }
      if (hyphenAfter(j - 1)) {
        const nextPiece = lookup(dict.generic, j, pickGeneric);
        if (!nextPiece) {
          compound = true;
          break;
        }
        continue;
      }
      if (lastTok.possessive && p.head && !p.country) break;
    }
    if (pieces.length === 0) return 0;

    // Weapons follow owners, not "army"/"military": "Syrian army artillery" is the army.
    for (let k = 1; k < pieces.length; k++) {
      const prev = (pieces[k - 1] as Piece).p;
      if ((pieces[k] as Piece).p.head?.class === 'weapon' && (prev.head?.army || prev.mod?.army)) {
        pieces.length = k;
        compound = false;
        break;
      }
    }

    for (let k = pieces.length - 1; k >= 0; k--) {
      const piece = pieces[k] as Piece;
      const p = piece.p;
      const isPlural = p.country?.kind === 'plural';
      if ((!p.head && !isPlural) || piece.backer) continue;
      const isLast = k === pieces.length - 1;
      if (isLast && compound) return consumeAll(pieces);
      if (p.head?.ambiguous && (!isLast || !followsAsNoun(piece.e))) continue;
      // "refugees’ camp", "children's hospital", "women's rights": a possessive victim noun names a thing.
      if (p.head?.class === 'civilians' && isLast && possessiveAfter(piece.e)) return 0;
      // "residents said", "villagers told AFP": people quoted are sources, not parties.
      if (
        p.head?.class === 'civilians' &&
        isLast &&
        REPORTING.has((toks[piece.e] as Tok | undefined)?.norm ?? '')
      ) {
        return piece.e;
      }
      const used = pieces.slice(0, k + 1);
      if (looksLikeName(used)) return piece.e;
      const meaning = interpret(used);
      if (!meaning) return 0;
      const startPiece = used[meaning.skip] as Piece;
      const endTok = toks[piece.e - 1] as Tok;
      mark(i, piece.e);
      found.push({
        startTok: startPiece.s,
        endTok: piece.e,
        start: (toks[startPiece.s] as Tok).start,
        end: endOffset(endTok),
        origin: 'generic',
        actor: null,
        resolve: meaning.resolve,
        contextual: meaning.contextual,
      });
      return piece.e;
    }
    return 0;
  }

  /**
   * "Tribal Self-Defence Militia", "Rebel Forces Brigade": every word capitalised, mid-sentence, with a
   * modifier that is not a country — a proper name for the pattern pass, not generic wording.
   */
  function looksLikeName(used: Piece[]): boolean {
    const s = (used[0] as Piece).s;
    const first = toks[s] as Tok;
    const head = toks[(used[used.length - 1] as Piece).e - 1] as Tok;
    if (headline.has(first.paragraph) || !head.capitalised) return false;
    const prev = toks[s - 1] as Tok | undefined;
    if (!prev || prev.sentence !== first.sentence) return false;
    const beforePrev = toks[s - 2] as Tok | undefined;
    const prevIsName =
      prev.isWord && prev.capitalised && !covered[s - 1] && beforePrev?.sentence === prev.sentence;
    if (prevIsName) return true;
    if (used.length < 2) return false;
    for (let k = (used[0] as Piece).s; k < (used[used.length - 1] as Piece).e; k++) {
      const t = toks[k] as Tok;
      if (t.isWord && !t.capitalised) return false;
    }
    return used.slice(0, -1).some((u) => !u.p.country && u.proState === undefined);
  }

  /** Skip a compound like "army-controlled" whole, so its parts are not read again. */
  function consumeAll(pieces: Piece[]): number {
    const last = pieces[pieces.length - 1] as Piece;
    return last.e + 1;
  }

  function parsePro(j: number): Piece | null {
    const named = lookup(dict.named, j, pickNamed);
    if (named && named.value.kind !== 'source') {
      const entry = named.value.entry as ActorEntry;
      const iso = entry.government ?? entry.state ?? null;
      const piece: Piece = {
        p: { key: 'pro', caseMode: { kind: 'any' }, mod: { class: 'neutral', army: false } },
        s: j - 1,
        e: named.end,
      };
      if (iso) piece.proState = iso;
      else piece.proNeutral = true;
      return piece;
    }
    const m = lookup(dict.generic, j, pickGeneric);
    if (!m) return null;
    const p = m.value;
    const piece: Piece = {
      p: { key: 'pro', caseMode: { kind: 'any' }, mod: { class: 'neutral', army: false } },
      s: j - 1,
      e: m.end,
    };
    if (p.mod?.class === 'state') piece.proState = null;
    else if (p.country) {
      if (focus === null || p.country.iso2 === focus) piece.proState = p.country.iso2;
      else piece.proNeutral = true;
    } else piece.proNeutral = true;
    return piece;
  }

  interface Meaning {
    resolve: (ctx: ActorContext) => Actor | null;
    contextual?: 'opposition' | 'gunmen';
    /** Leading pieces left out of the mention's text. */
    skip: number;
  }

  function interpret(used: Piece[]): Meaning | null {
    const headPiece = used[used.length - 1] as Piece;
    const mods = used.slice(0, -1);
    const plural = headPiece.p.country?.kind === 'plural' ? headPiece.p.country.iso2 : null;
    const cls = plural ? 'civilians' : (headPiece.p.head?.class as string);
    const head = headPiece.p.head;
    let country: string | null = plural;
    let stateMod = false;
    let stateCountry: string | null | undefined;
    let oppMod = false;
    let foreign = false;
    let identity: string | null = null;
    let ethnic: string | null = null;
    let backer = false;
    let countryPieces = 0;
    for (const m of mods) {
      if (m.backer) {
        backer = true;
        continue;
      }
      if (m.proState !== undefined) {
        stateMod = true;
        stateCountry = m.proState;
        continue;
      }
      if (m.proNeutral) {
        backer = true;
        continue;
      }
      const p = m.p;
      if (p.country && p.country.kind !== 'plural') {
        country = p.country.iso2;
        countryPieces++;
      }
      if (p.ethnic) ethnic = p.ethnic;
      if (p.mod?.class === 'state') stateMod = true;
      if (p.mod?.class === 'opposition') oppMod = true;
      if (p.mod?.class === 'foreign') foreign = true;
      if (p.mod?.class === 'identity') identity = p.key;
    }
    if (country) vote(country, 1);
    const hasModifier =
      stateMod || oppMod || foreign || identity !== null || ethnic !== null || country !== null;
    if (
      head &&
      !head.standalone &&
      !hasModifier &&
      !(backer && ['opposition', 'fighters', 'militia'].includes(cls))
    ) {
      return null;
    }
    const simple = (resolve: (ctx: ActorContext) => Actor | null, skip = 0): Meaning => ({ resolve, skip });
    const focusOr = (ctx: ActorContext) => country ?? ctx.focusCountry;

    switch (cls) {
      case 'civilians': {
        // "Syrian children" in a Syria story is "children"; a foreign demonym stays ("Iranian citizens").
        const skip =
          !plural && country && country === focus && countryPieces === mods.length ? mods.length : 0;
        return simple((ctx) => groupOf(dict, 'Civilians', focusOr(ctx), 7), skip);
      }
      case 'protesters':
        return simple((ctx) => groupOf(dict, 'Protesters', focusOr(ctx), 6));
      case 'rioters':
        return simple((ctx) => groupOf(dict, 'Rioters', focusOr(ctx), 5));
      case 'police':
        return simple((ctx) => stateActor(dict, focusOr(ctx), ctx, 'police'));
      case 'settlers':
        return simple(
          (ctx) =>
            roleActor(dict, 'settlers', ctx.focusCountry, ctx) ??
            (country ? groupOf(dict, 'Settlers', country, 4) : { canonical: 'Settlers', inter: 4 }),
        );
      case 'herders':
        if (!ethnic) return null;
        return simple((ctx) => groupOf(dict, `${ethnic} Ethnic Militia`, ctx.focusCountry, 4));
      default:
        break;
    }
    if (ethnic && ['militia', 'paramilitary', 'fighters', 'gunmen', 'force', 'opposition'].includes(cls)) {
      return simple((ctx) => groupOf(dict, `${ethnic} Ethnic Militia`, ctx.focusCountry, 4));
    }
    if (cls === 'militia' || cls === 'paramilitary') {
      if (identity) {
        const label = identity === 'clan' ? 'Clan Militia' : 'Communal Militia';
        return simple((ctx) => groupOf(dict, label, ctx.focusCountry, 4));
      }
      if (oppMod) return simple((ctx) => oppositionOf(dict, ctx.focusCountry, ctx), 0);
      if (country && country !== focus) {
        const abroad = dict.countries.get(country)?.militiaAbroad;
        if (abroad) return simple(() => ({ canonical: abroad.canonical, inter: abroad.inter }));
      }
      const c = country;
      return simple((ctx) => {
        const iso = c ?? ctx.focusCountry;
        if (!stateMod && cls === 'paramilitary') {
          const para = roleActor(dict, 'paramilitary', iso, ctx);
          if (para) return para;
        }
        if (!stateMod) {
          const militia = roleActor(dict, 'militia', iso, ctx);
          if (militia) return militia;
        }
        return groupOf(dict, 'Pro-Government Militias', iso, 3);
      });
    }
    if (oppMod && cls !== 'police') {
      return {
        resolve: (ctx) => oppositionOf(dict, foreignOr(country, ctx), ctx),
        contextual: 'opposition',
        skip: 0,
      };
    }
    if (cls === 'occupier') {
      return simple(
        (ctx) =>
          roleActor(dict, 'occupier', ctx.focusCountry, ctx) ?? oppositionOf(dict, ctx.focusCountry, ctx),
      );
    }
    if (stateMod || cls === 'state') {
      if (head?.class === 'state' && headPiece.p.key === 'regime' && (country || stateCountry)) {
        const c = country ?? stateCountry ?? null;
        return simple((ctx) => stateActor(dict, c ?? ctx.focusCountry, ctx, 'government'));
      }
      if (cls === 'fighters' || cls === 'opposition' || cls === 'gunmen') {
        if (!stateMod) return null;
      }
      const c = country ?? stateCountry ?? null;
      return simple((ctx) => stateActor(dict, c ?? armyOf(dict, ctx.focusCountry, ctx), ctx, 'military'));
    }
    if (cls === 'force' || cls === 'weapon' || cls === 'personnel') {
      if (!country) return null;
      const c = country;
      return simple((ctx) => stateActor(dict, c, ctx, 'military'));
    }
    if (cls === 'separatists') {
      return simple(
        (ctx) =>
          roleActor(dict, 'separatists', ctx.focusCountry, ctx) ?? oppositionOf(dict, ctx.focusCountry, ctx),
      );
    }
    if (cls === 'gunmen') {
      return {
        resolve: (ctx) =>
          roleActor(dict, 'gunmen', ctx.focusCountry, ctx) ??
          groupOf(dict, 'Unidentified Armed Group', ctx.focusCountry, 3),
        contextual: 'gunmen',
        skip: 0,
      };
    }
    if (cls === 'opposition' || cls === 'fighters') {
      const c = country;
      return {
        resolve: (ctx) => oppositionOf(dict, foreignOr(c, ctx), ctx),
        contextual: c && c !== focus ? undefined : 'opposition',
        skip: 0,
      };
    }
    return null;
  }

  /** "Syrian rebels" in a Turkish story are Syria's rebels; "foreign fighters" are the focus country's opposition. */
  function foreignOr(country: string | null, ctx: ActorContext): string | null {
    if (country && country !== ctx.focusCountry && dict.roles.has(country)) return country;
    return ctx.focusCountry;
  }

  // ---- Pass 2: unknown groups by name pattern ("Al Miqdad Brigade", "Liwa al-Haq"). ----
  for (let i = 0; i < n; i++) {
    const t = toks[i] as Tok;
    if (covered[i] || !t.isWord || !t.capitalised) continue;
    if (PREFIX_KEYWORDS.has(t.norm)) {
      const e = readArabicName(i + 1);
      if (e > i + 1) {
        const canonical = spanText(i, e);
        addPattern(i, e, () => ({ canonical, inter: 2 }));
        i = e - 1;
      }
      continue;
    }
    if (!SUFFIX_KEYWORDS.has(t.norm) || headline.has(t.paragraph)) continue;
    const s = readNameBackward(i);
    if (s === i) continue;
    const nameNorms = toks.slice(s, i).map((x) => x.norm);
    const keyword = t.norm;
    const prev = found.length > 0 ? owner(s) : null;
    const stateUnit = nameNorms.some((w) => STATE_UNIT_WORDS.has(w) || /^\d+(st|nd|rd|th)?$/.test(w));
    const canonicalName = spanText(s, i + 1);
    let resolve: (ctx: ActorContext) => Actor | null;
    if (prev) {
      const ownerFound = prev;
      resolve = (ctx) => {
        const a = ownerFound.actor ?? ownerFound.resolve?.(ctx) ?? null;
        if (!a) return null;
        if (a.inter === 1 || a.canonical.startsWith('Military Forces')) return a;
        return { canonical: `${canonicalName} (${a.canonical})`, inter: a.inter };
      };
    } else if (stateUnit) {
      resolve = (ctx) => stateActor(dict, armyOf(dict, ctx.focusCountry, ctx), ctx, 'military');
    } else if (keyword === 'militia' || keyword === 'militias') {
      const ident = nameNorms.some((w) => IDENTITY_WORDS.has(w));
      resolve = () => ({ canonical: canonicalName, inter: ident ? 4 : 3 });
    } else if (keyword === 'movement') {
      if (!nameNorms.some((w) => REBEL_WORDS.has(w))) continue;
      resolve = () => ({ canonical: canonicalName, inter: 2 });
    } else if (keyword === 'forces' || keyword === 'force') {
      const rebel = nameNorms.some((w) => REBEL_WORDS.has(w));
      resolve = () => ({ canonical: canonicalName, inter: rebel ? 2 : 3 });
    } else {
      resolve = () => ({ canonical: canonicalName, inter: 2 });
    }
    addPattern(s, i + 1, resolve);
  }

  function spanText(s: number, e: number): string {
    return text
      .slice((toks[s] as Tok).start, endOffset(toks[e - 1] as Tok))
      .replace(/\s+/g, ' ')
      .replace(/^the\s+/i, '');
  }

  function addPattern(s: number, e: number, resolve: (ctx: ActorContext) => Actor | null) {
    mark(s, e);
    found.push({
      startTok: s,
      endTok: e,
      start: (toks[s] as Tok).start,
      end: endOffset(toks[e - 1] as Tok),
      origin: 'pattern',
      actor: null,
      resolve,
    });
  }

  /** The named group that owns a unit: "the Free Syrian Army’s Al Miqdad Brigade". */
  function owner(s: number): Found | null {
    const before = toks[s - 1] as Tok | undefined;
    if (!before || !before.possessive) return null;
    for (let k = found.length - 1; k >= 0; k--) {
      const f = found[k] as Found;
      if (f.endTok === s && (f.origin === 'named' || f.origin === 'generic')) return f;
      if (f.endTok < s) break;
    }
    return null;
  }

  function readNameBackward(k: number): number {
    let s = k;
    for (let j = k - 1; j >= 0 && k - j <= 5; j--) {
      const t = toks[j] as Tok;
      if (covered[j] || !t.isWord || t.sentence !== (toks[k] as Tok).sentence) break;
      if (t.possessive && j !== k - 1) break;
      if (t.possessive) break;
      const particle = NAME_PARTICLES.has(t.norm);
      const ordinal = /^\d+(st|nd|rd|th)?$/.test(t.norm);
      const innerOf =
        t.norm === 'of' && j > 0 && (toks[j - 1] as Tok).capitalised && (toks[j + 1] as Tok).capitalised;
      if (!(t.capitalised || particle || ordinal || innerOf)) break;
      if ((NAME_STOP.has(t.norm) && !innerOf) || calendar.has(t.norm)) break;
      s = j;
    }
    while (s < k && NAME_PARTICLES.has((toks[s] as Tok).norm) && !(toks[s] as Tok).capitalised) s++;
    const hasName = toks.slice(s, k).some((t) => t.capitalised && !NAME_PARTICLES.has(t.norm));
    return hasName ? s : k;
  }

  function readArabicName(j: number): number {
    let e = j;
    for (let steps = 0; steps < 4 && e < n; steps++) {
      const t = toks[e] as Tok;
      if (covered[e] || !t.isWord || t.sentence !== (toks[j - 1] as Tok).sentence) break;
      if (NAME_PARTICLES.has(t.norm)) {
        const nx = toks[e + 1] as Tok | undefined;
        if (!nx || !nx.isWord || (!hyphenAfter(e) && !nx.capitalised)) break;
        e += 2;
        if (nx.possessive) break;
        continue;
      }
      if (!t.capitalised || NAME_STOP.has(t.norm)) break;
      e += 1;
      if (t.possessive) break;
    }
    return e;
  }

  // ---- Pass 3: people acting for a group ("Salim Idris, chief of staff of the Free Syrian Army"). ----
  const groups = found
    .filter((f) => f.origin === 'named' || f.origin === 'pattern')
    .sort((a, b) => a.startTok - b.startTok);
  for (const g of groups) {
    // P1: "<Group> ['s] <role> <Name>": "Hamas leader Yahya Sinwar".
    const role = dict.personRoles.longestAt(toks, g.endTok);
    if (role) {
      const e = readNameForward(role.endToken);
      if (e > role.endToken) addPerson(role.endToken, e, g);
    }
    // P3: "the <role> of ... <Group>, <Name>,".
    const comma = toks[g.endTok] as Tok | undefined;
    if (comma && comma.norm === ',' && roleBefore(g.startTok)) {
      const e = readNameForward(g.endTok + 1);
      const after = toks[e] as Tok | undefined;
      if (e > g.endTok + 1 && (!after || !after.isWord || !after.capitalised)) addPerson(g.endTok + 1, e, g);
    }
    // P2: "<Name>, <role> of the <Group>".
    const p2 = nameBeforeRoleOf(g.startTok);
    if (p2) addPerson(p2.s, p2.e, g);
  }

  function roleBefore(s: number): boolean {
    const sentence = (toks[s] as Tok).sentence;
    for (let j = s - 1; j >= 0 && s - j <= 14; j--) {
      const t = toks[j] as Tok;
      if (t.sentence !== sentence || t.norm === ',') return false;
      if (dict.personRoles.longestAt(toks, j)) return true;
    }
    return false;
  }

  function nameBeforeRoleOf(s: number): { s: number; e: number } | null {
    const sentence = (toks[s] as Tok).sentence;
    let j = s - 1;
    while (
      j >= 0 &&
      ['the', 'rebel', 'opposition', 'armed', 'militant', 'jihadist', 'paramilitary'].includes(
        (toks[j] as Tok).norm,
      )
    )
      j--;
    if (j < 0 || (toks[j] as Tok).norm !== 'of') return null;
    let sawRole = false;
    for (let k = j - 1; k >= 0 && j - k <= 10; k--) {
      const t = toks[k] as Tok;
      if (t.sentence !== sentence) return null;
      if (t.norm === ',') {
        if (!sawRole) return null;
        let e = k;
        let b = k;
        while (b - 1 >= 0 && k - b < 4) {
          const w = toks[b - 1] as Tok;
          if (
            !w.isWord ||
            covered[b - 1] ||
            !(w.capitalised || NAME_PARTICLES.has(w.norm)) ||
            NAME_STOP.has(w.norm)
          )
            break;
          b--;
        }
        while (b < e && !(toks[b] as Tok).capitalised) b++;
        if (b === e) return null;
        if (!(toks[e - 1] as Tok).capitalised) e = b;
        return e > b ? { s: b, e } : null;
      }
      if (dict.personRoles.longestAt(toks, k)) sawRole = true;
    }
    return null;
  }

  function readNameForward(j: number): number {
    let e = j;
    while (e < n && e - j < 4) {
      const t = toks[e] as Tok;
      if (!t.isWord || covered[e] || t.sentence !== (toks[j] as Tok).sentence) break;
      if (t.capitalised && !NAME_STOP.has(t.norm) && !calendar.has(t.norm)) {
        e++;
        if (t.possessive) break;
        continue;
      }
      if (NAME_PARTICLES.has(t.norm) && (toks[e + 1] as Tok | undefined)?.capitalised) {
        e++;
        continue;
      }
      break;
    }
    while (e > j && !(toks[e - 1] as Tok).capitalised) e--;
    return e;
  }

  function addPerson(s: number, e: number, g: Found) {
    for (let k = s; k < e; k++) if (covered[k]) return;
    mark(s, e);
    found.push({
      startTok: s,
      endTok: e,
      start: (toks[s] as Tok).start,
      end: endOffset(toks[e - 1] as Tok),
      origin: 'person',
      actor: null,
      resolve: (ctx) => g.actor ?? g.resolve?.(ctx) ?? null,
    });
    const last = toks[e - 1] as Tok;
    if (e - s >= 2 && last.norm.length >= 4) surnames.set(last.norm, { entry: null, group: g });
  }

  // ---- Pass 4: surnames of people already named in full ("Idris said ..."). ----
  if (surnames.size > 0) {
    for (let i = 0; i < n; i++) {
      const t = toks[i] as Tok;
      if (covered[i] || !t.capitalised || !surnames.has(t.norm)) continue;
      const { entry, group } = surnames.get(t.norm) as { entry: ActorEntry | null; group: Found | null };
      mark(i, i + 1);
      found.push({
        startTok: i,
        endTok: i + 1,
        start: t.start,
        end: endOffset(t),
        origin: 'person',
        actor: null,
        resolve: (ctx) =>
          group ? (group.actor ?? group.resolve?.(ctx) ?? null) : entry ? entryActor(dict, entry, ctx) : null,
      });
    }
  }

  // ---- Resolve: focus country (or the most mentioned one), then context for generic opposition wording. ----
  let effectiveFocus = focus;
  if (!effectiveFocus) {
    // Without places to go by, a country whose forces or people dominate the wording is the focus.
    let best = 0;
    let second = 0;
    let bestIso: string | null = null;
    for (const [iso, votes] of countryVotes) {
      if (votes > best) {
        second = best;
        best = votes;
        bestIso = iso;
      } else if (votes > second) second = votes;
    }
    if (best >= 2 && best >= 2 * second) effectiveFocus = bestIso;
  }
  const ctx: ActorContext = { focusCountry: effectiveFocus, publishedAt: context.publishedAt };
  found.sort((a, b) => a.start - b.start);
  for (const f of found) if (!f.contextual && f.resolve) f.actor = f.resolve(ctx);
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as Found;
    if (!f.contextual) continue;
    f.actor = nearbyGroup(k, f.contextual) ?? f.resolve?.(ctx) ?? null;
  }

  function nearbyGroup(k: number, kind: 'opposition' | 'gunmen'): Actor | null {
    const f = found[k] as Found;
    // "gunmen from the Al-Quds Brigades", "militants of the Islamic State"
    const next = found[k + 1];
    if (
      next &&
      (next.origin === 'named' || next.origin === 'pattern') &&
      next.actor &&
      next.actor.inter !== 7
    ) {
      const between = toks.slice(f.endTok, next.startTok).map((t) => t.norm);
      if (
        between.length > 0 &&
        between.length <= 3 &&
        between.every((w) => LINK_WORDS.has(w)) &&
        between[0] !== 'the'
      ) {
        return next.actor;
      }
    }
    const sentence = (toks[f.startTok] as Tok).sentence;
    const paragraph = (toks[f.startTok] as Tok).paragraph;
    for (let j = k - 1; j >= 0; j--) {
      const g = found[j] as Found;
      const gt = toks[g.startTok] as Tok;
      if (gt.paragraph !== paragraph || gt.sentence < sentence - 1) break;
      if (g.origin !== 'named' && g.origin !== 'pattern') continue;
      const a = g.actor;
      if (!a) continue;
      if (a.inter === 2 || (kind === 'gunmen' && (a.inter === 3 || a.inter === 4))) return a;
    }
    return null;
  }

  const mentions: ActorMention[] = [];
  for (const f of found) {
    if (!f.actor || f.end <= f.start) continue;
    mentions.push({
      kind: 'actor',
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      actor: f.actor,
    });
  }
  return mentions;
}

/** Tokens with possessives split off, and the sentence and paragraph of each from the Doc. */
function prepareTokens(doc: Doc): Tok[] {
  const { text, tokens } = doc;
  const out: Tok[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const raw = t.isWord && t.end - t.start > 3 ? text.slice(t.end - 2, t.end) : '';
    const possessive = raw !== '' && POSSESSIVE.test(raw);
    out[i] = {
      start: t.start,
      end: t.end,
      norm: possessive ? t.norm.slice(0, -1) : t.norm,
      capitalised: t.capitalised,
      isWord: t.isWord,
      possessive,
      sentence: doc.sentenceOfToken[i] as number,
      paragraph: doc.paragraphOfToken[i] as number,
    };
  }
  return out;
}

/** Paragraphs written in title case (headlines), where capitalised words are not names. */
function headlineParagraphs(toks: readonly Tok[]): Set<number> {
  const stats = new Map<number, { caps: number; words: number }>();
  for (const t of toks) {
    if (!t.isWord || t.norm.length <= 3) continue;
    const s = stats.get(t.paragraph) ?? { caps: 0, words: 0 };
    s.words++;
    if (t.capitalised) s.caps++;
    stats.set(t.paragraph, s);
  }
  const out = new Set<number>();
  for (const [p, s] of stats) if (s.words >= 3 && s.caps / s.words >= 0.85) out.add(p);
  return out;
}
