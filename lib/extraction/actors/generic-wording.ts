/**
 * Generic and partisan wording: `[modifiers] head`, as in "regime forces", "terrorists", "Russian
 * helicopters", "pro-Assad gunmen", "Syrian children". The pieces come from the actor dictionary
 * (`generic.json`, `countries.json`); what they mean together is generic-meaning's. The
 * names-and-wording pass calls it at every word where no name starts.
 */
import type { Pass } from '../pipeline';
import { reason } from '../pipeline';
import type { GenericPiece } from './dictionary';
import { interpret } from './generic-meaning';
import { followsAsNoun, genericAt, hyphenAfter, namedAt, possessiveAfter } from './reading';
import type { ActorEntry } from './schema';
import { addFound, mark, type ActorWork, type Tok } from './work';

/** One word or phrase of the wording, over tokens [s, e). */
export interface Piece {
  p: GenericPiece;
  s: number;
  e: number;
  /** "Iran-backed": the piece backs the group, it does not name it. */
  backer?: boolean;
  /** "pro-government", "pro-Assad": a modifier for the state of this country (null = the focus country). */
  proState?: string | null;
  /** "pro-Hamas", "pro-Iranian" abroad: backs the group without making it the state's. */
  proNeutral?: boolean;
}

/** "pro" as a piece of its own: a neutral modifier whose meaning is in proState/proNeutral. */
const PRO: GenericPiece = { key: 'pro', caseMode: { kind: 'any' }, mod: { class: 'neutral', army: false } };

/**
 * Read generic wording at i and record the actor it names. Returns the token after what it read
 * (a mention, a quoted source, a name-like phrase or a compound), or 0 when there is none.
 */
export function readWording(work: ActorWork, pass: Pass<ActorWork>, i: number): number {
  const { pieces, compound } = readPieces(work, i);
  if (pieces.length === 0) return 0;
  const { toks, words } = work;
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = pieces[k] as Piece;
    const p = piece.p;
    const isPlural = p.country?.kind === 'plural';
    if ((!p.head && !isPlural) || piece.backer) continue;
    const isLast = k === pieces.length - 1;
    // Skip a compound like "army-controlled" whole, so its parts are not read again.
    if (isLast && compound) return piece.e + 1;
    if (p.head?.ambiguous && (!isLast || !followsAsNoun(work, piece.e))) continue;
    // "refugees’ camp", "children's hospital", "women's rights": a possessive victim noun names a thing.
    if (p.head?.class === 'civilians' && isLast && possessiveAfter(work, piece.e)) return 0;
    // "residents said", "villagers told AFP": people quoted are sources, not parties.
    if (p.head?.class === 'civilians' && isLast && words.reporting.has(toks[piece.e]?.norm ?? '')) {
      return piece.e;
    }
    const used = pieces.slice(0, k + 1);
    if (looksLikeName(work, used)) return piece.e;
    const meaning = interpret(work, used);
    if (!meaning) return 0;
    mark(work, i, piece.e);
    addFound(work, (used[meaning.skip] as Piece).s, piece.e, {
      origin: 'generic',
      resolve: meaning.resolve,
      contextual: meaning.contextual,
      by: reason(pass, meaning.rule),
    });
    return piece.e;
  }
  return 0;
}

const NO_PIECES = Object.freeze({ pieces: Object.freeze([]) as readonly Piece[], compound: false });

/** The pieces of wording from i, in one sentence; `compound` when they end in "army-controlled". */
function readPieces(work: ActorWork, i: number): { pieces: readonly Piece[]; compound: boolean } {
  const { toks, words } = work;
  // Made with the first piece: most words start no wording, and this runs at every word.
  let pieces: Piece[] | null = null;
  let j = i;
  let compound = false;
  while (j < toks.length) {
    const t = toks[j] as Tok;
    if (!t.isWord || (pieces !== null && t.sentence !== (toks[j - 1] as Tok).sentence)) break;
    if (words.pro.has(t.norm) && hyphenAfter(work, j)) {
      const pro = readPro(work, j + 1);
      if (!pro) break;
      (pieces ??= []).push(pro);
      j = pro.e;
      continue;
    }
    const m = genericAt(work, j);
    if (!m) break;
    const p = m.value;
    const lastTok = toks[m.end - 1] as Tok;
    const backed = hyphenAfter(work, m.end - 1) && words.backed.has(toks[m.end]?.norm ?? '');
    if (p.country?.kind === 'owner' && !lastTok.possessive && !backed) break;
    if (!p.head && !p.mod && !p.country && !p.ethnic) break;
    const piece: Piece = { p, s: j, e: m.end };
    (pieces ??= []).push(piece);
    j = m.end;
    if (backed) {
      piece.backer = true;
      j += 1;
      continue;
    }
    if (hyphenAfter(work, j - 1)) {
      if (!genericAt(work, j)) {
        compound = true;
        break;
      }
      continue;
    }
    if (lastTok.possessive && p.head && !p.country) break;
  }
  if (pieces === null) return NO_PIECES;
  // Weapons follow owners, not "army"/"military": "Syrian army artillery" is the army.
  for (let k = 1; k < pieces.length; k++) {
    const prev = (pieces[k - 1] as Piece).p;
    if ((pieces[k] as Piece).p.head?.class === 'weapon' && (prev.head?.army || prev.mod?.army)) {
      pieces.length = k;
      compound = false;
      break;
    }
  }
  return { pieces, compound };
}

/** "pro-" and what follows the hyphen: a named actor or state, or a generic piece. */
function readPro(work: ActorWork, j: number): Piece | null {
  const named = namedAt(work, j);
  if (named && named.value.kind !== 'source') {
    const entry = named.value.entry as ActorEntry;
    const iso = entry.government ?? entry.state ?? null;
    const piece: Piece = { p: PRO, s: j - 1, e: named.end };
    if (iso) piece.proState = iso;
    else piece.proNeutral = true;
    return piece;
  }
  const m = genericAt(work, j);
  if (!m) return null;
  const p = m.value;
  const piece: Piece = { p: PRO, s: j - 1, e: m.end };
  if (p.mod?.class === 'state') piece.proState = null;
  else if (p.country) {
    if (work.focus === null || p.country.iso2 === work.focus) piece.proState = p.country.iso2;
    else piece.proNeutral = true;
  } else piece.proNeutral = true;
  return piece;
}

/**
 * "Tribal Self-Defence Militia", "Rebel Forces Brigade": every word capitalised, mid-sentence, with a
 * modifier that is not a country — a proper name for the unknown-groups pass, not generic wording.
 */
function looksLikeName(work: ActorWork, used: Piece[]): boolean {
  const { toks } = work;
  const s = (used[0] as Piece).s;
  const first = toks[s] as Tok;
  const head = toks[(used[used.length - 1] as Piece).e - 1] as Tok;
  if (work.headlines.has(first.paragraph) || !head.capitalised) return false;
  const prev = toks[s - 1];
  if (!prev || prev.sentence !== first.sentence) return false;
  const beforePrev = toks[s - 2];
  const prevIsName =
    prev.isWord && prev.capitalised && !work.covered[s - 1] && beforePrev?.sentence === prev.sentence;
  if (prevIsName) return true;
  if (used.length < 2) return false;
  for (let k = (used[0] as Piece).s; k < (used[used.length - 1] as Piece).e; k++) {
    const t = toks[k] as Tok;
    if (t.isWord && !t.capitalised) return false;
  }
  return used.slice(0, -1).some((u) => !u.p.country && u.proState === undefined);
}
