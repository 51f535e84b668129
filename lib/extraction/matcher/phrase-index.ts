import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

export interface PhraseMatch<T> {
  /** Token range [startToken, endToken). */
  startToken: number;
  endToken: number;
  values: readonly T[];
}

/**
 * Dictionary of multi-word phrases over folded tokens. Lookup at a token tries only the phrase
 * lengths that exist for its first word (longest first), so a scan costs O(tokens × longest
 * phrase), linear in the text, whatever the dictionary's size.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly lengthsByFirst = new Map<string, number[]>();
  /** The keys of every phrase's first words short of the whole phrase: where a longer one may go on. */
  private readonly prefixes = new Set<string>();

  get size(): number {
    return this.byKey.size;
  }

  /** Add a phrase written naturally ("Deir ez-Zor"); it is tokenised and folded like text. */
  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => t.norm);
    this.addFolded(words, value);
  }

  /** Add a phrase already split into folded tokens. */
  addFolded(words: readonly string[], value: T): void {
    const first = words[0];
    if (first === undefined) return;
    const key = words.join(' ');
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.includes(value)) existing.push(value);
    } else {
      this.byKey.set(key, [value]);
    }
    for (let k = 1, prefix = first; k < words.length; prefix += ' ' + (words[k] as string), k++) {
      this.prefixes.add(prefix);
    }
    const lengths = this.lengthsByFirst.get(first);
    if (!lengths) this.lengthsByFirst.set(first, [words.length]);
    else if (!lengths.includes(words.length)) {
      lengths.push(words.length);
      lengths.sort((a, b) => b - a);
    }
  }

  /** Values stored under an exact folded phrase. */
  get(words: readonly string[]): readonly T[] | undefined {
    return this.byKey.get(words.join(' '));
  }

  delete(phrase: string): void {
    this.byKey.delete(
      tokenize(phrase)
        .map((t) => t.norm)
        .join(' '),
    );
  }

  /** The longest phrase starting at token `i`, if any. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    const lengths = this.lengthsByFirst.get(first.norm);
    if (!lengths) return null;
    // Build the keys once, shortest first, while some phrase goes on from them; then try them
    // longest first.
    const longest = Math.min(lengths[0] as number, tokens.length - i);
    const keys: string[] = [first.norm];
    for (let k = 1; k < longest && this.prefixes.has(keys[k - 1] as string); k++) {
      keys.push(keys[k - 1] + ' ' + (tokens[i + k] as Token).norm);
    }
    for (const length of lengths) {
      if (length > keys.length) continue;
      const values = this.byKey.get(keys[length - 1] as string);
      if (values) return { startToken: i, endToken: i + length, values };
    }
    return null;
  }

  /** Leftmost-longest, non-overlapping matches over a token list. */
  findAll(
    tokens: readonly Token[],
    accept: (match: PhraseMatch<T>) => boolean = () => true,
  ): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length;) {
      const match = this.longestAt(tokens, i);
      if (match && accept(match)) {
        matches.push(match);
        i = match.endToken;
      } else {
        i++;
      }
    }
    return matches;
  }
}
