import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';

export interface PhraseMatch<T> {
  /** Token range [startToken, endToken). */
  startToken: number;
  endToken: number;
  values: readonly T[];
}

/** A word of a phrase in the index's tree: the values of the phrase ending here, the words that may follow. */
interface PhraseNode<T> {
  values?: T[];
  next?: Map<string, PhraseNode<T>>;
}

/**
 * Dictionary of multi-word phrases over folded tokens. The phrases form a tree of words, so a
 * lookup at a token follows the text's words down it as far as some phrase goes, comparing the
 * tokens' own strings (nothing is joined or allocated): a scan costs O(tokens × longest phrase),
 * linear in the text, whatever the dictionary's size.
 */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  private readonly firstWords = new Map<string, PhraseNode<T>>();

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
    if (words[0] === undefined) return;
    const key = words.join(' ');
    const existing = this.byKey.get(key);
    if (existing) {
      if (!existing.includes(value)) existing.push(value);
    } else {
      const values = [value];
      this.byKey.set(key, values);
      this.nodeOf(key, true).values = values;
    }
  }

  /** Values stored under an exact folded phrase. */
  get(words: readonly string[]): readonly T[] | undefined {
    return this.byKey.get(words.join(' '));
  }

  delete(phrase: string): void {
    const key = tokenize(phrase)
      .map((t) => t.norm)
      .join(' ');
    if (!this.byKey.delete(key)) return;
    const node = this.nodeOf(key, false);
    if (node) delete node.values;
  }

  /**
   * The tree's node for a key, made when `make`. Its path is the key's space-separated words: a
   * token never holds a space, so tokens match a phrase exactly when their words are its key's.
   */
  private nodeOf(key: string, make: true): PhraseNode<T>;
  private nodeOf(key: string, make: false): PhraseNode<T> | undefined;
  private nodeOf(key: string, make: boolean): PhraseNode<T> | undefined {
    let level = this.firstWords;
    let node: PhraseNode<T> | undefined;
    const words = key.split(' ');
    for (const [k, word] of words.entries()) {
      node = level.get(word);
      if (!node) {
        if (!make) return undefined;
        node = {};
        level.set(word, node);
      }
      if (k === words.length - 1) break;
      if (!node.next) {
        if (!make) return undefined;
        node.next = new Map();
      }
      level = node.next;
    }
    return node;
  }

  /** The longest phrase starting at token `i`, if any. */
  longestAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    let level: ReadonlyMap<string, PhraseNode<T>> | undefined = this.firstWords;
    let values: T[] | undefined;
    let endToken = i;
    for (let k = i; level && k < tokens.length; k++) {
      const node = level.get((tokens[k] as Token).norm);
      if (!node) break;
      if (node.values) {
        values = node.values;
        endToken = k + 1;
      }
      level = node.next;
    }
    return values ? { startToken: i, endToken, values } : null;
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
