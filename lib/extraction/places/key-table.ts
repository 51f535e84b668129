import { compareKeyAt, keyEnd, NEWLINE, PIPE, type GazetteerFile } from './gazetteer-file';

/** One gazetteer entry as a number: index into the gazetteer's columns. */
export type EntryId = number;

/**
 * The gazetteer file's keys, searched where they lie: the file holds every key's offset sorted by
 * key (see encodeGazetteerFile), so a lookup is a binary search over UTF-8 bytes, and nothing is
 * hashed, decoded or allocated when the gazetteer loads.
 */
export class SortedKeys {
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private readonly keys: Uint8Array;
  private readonly lineStart: Int32Array;
  private readonly keyIndex: Int32Array;
  /** The key being looked up, in UTF-8 (see encodeKey). */
  private keyBytes = new Uint8Array(256);

  constructor(file: GazetteerFile) {
    this.keys = file.keys;
    this.lineStart = file.lineStart;
    this.keyIndex = file.keyIndex;
  }

  /** Add the entries stored under a key to `found` (created when null and one is found), in entry order. */
  lookup(key: string, found: EntryId[] | null): EntryId[] | null {
    const length = this.encodeKey(key);
    const wanted = this.keyBytes;
    for (let i = this.firstAtLeast(wanted, length); i < this.keyIndex.length; i++) {
      const offset = this.keyIndex[i] as number;
      if (compareKeyAt(this.keys, offset, wanted, length) !== 0) break;
      const e = this.entryAtOffset(offset);
      if (!found) found = [e];
      else if (!found.includes(e)) found.push(e);
    }
    return found;
  }

  /**
   * Add the entries with a key starting with `prefix`, until `found` holds `max`: those whose
   * first key (their own name) starts so, in entry order, then those with another such key.
   */
  addEntriesWithPrefix(prefix: string, max: number, found: Set<EntryId>): void {
    const wanted = this.encoder.encode(prefix);
    const first: number[] = [];
    const other: number[] = [];
    for (let i = this.firstAtLeast(wanted); i < this.keyIndex.length; i++) {
      const offset = this.keyIndex[i] as number;
      if (!this.startsWith(offset, wanted)) break;
      const before = offset === 0 ? NEWLINE : this.keys[offset - 1];
      // A key after "al " is found by its full key's prefix only.
      if (before === NEWLINE) first.push(offset);
      else if (before === PIPE) other.push(offset);
    }
    for (const offsets of [first, other]) {
      offsets.sort((a, b) => a - b);
      for (const offset of offsets) {
        if (found.size >= max) return;
        found.add(this.entryAtOffset(offset));
      }
    }
  }

  /** Every key of an entry. */
  keysOf(e: EntryId): string[] {
    const from = this.lineStart[e] as number;
    const to = (this.lineStart[e + 1] as number) - 1;
    return this.decoder.decode(this.keys.subarray(from, to)).split('|');
  }

  /**
   * `key` in UTF-8 into `keyBytes` (grown when too small), and its length in bytes: lookups run
   * per name in the text, and encoding into one buffer allocates nothing.
   */
  private encodeKey(key: string): number {
    const bytes = this.keyBytes;
    let i = 0;
    // Keys are folded to ASCII nearly always: copy their codes without calling the encoder.
    for (; i < key.length && i < bytes.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0x80) break;
      bytes[i] = code;
    }
    if (i === key.length) return i;
    if (key.length * 3 > bytes.length) this.keyBytes = new Uint8Array(key.length * 3);
    return this.encoder.encodeInto(key, this.keyBytes).written;
  }

  /** Whether an entry's first key is `key`: compared as bytes when `key` is ASCII, decoding nothing. */
  firstKeyIs(e: EntryId, key: string): boolean {
    const from = this.lineStart[e] as number;
    const end = keyEnd(this.keys, from);
    if (end - from !== key.length) {
      // A key of another length in bytes: another key, unless non-ASCII letters make up the difference.
      return end - from > key.length && this.firstKeyOf(e) === key;
    }
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0x80) return this.firstKeyOf(e) === key;
      if (this.keys[from + i] !== code) return false;
    }
    return true;
  }

  /** An entry's first key (its own name), decoding none of the others. */
  firstKeyOf(e: EntryId): string {
    const from = this.lineStart[e] as number;
    return this.decoder.decode(this.keys.subarray(from, keyEnd(this.keys, from)));
  }

  /** The first position in the index whose key is not before `key`'s first `length` bytes. */
  private firstAtLeast(key: Uint8Array, length = key.length): number {
    let lo = 0;
    let hi = this.keyIndex.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeyAt(this.keys, this.keyIndex[mid] as number, key, length) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private startsWith(offset: number, prefix: Uint8Array): boolean {
    if (keyEnd(this.keys, offset) - offset < prefix.length) return false;
    for (let i = 0; i < prefix.length; i++) if (this.keys[offset + i] !== prefix[i]) return false;
    return true;
  }

  /** The entry whose line holds the key offset. */
  private entryAtOffset(offset: number): EntryId {
    let lo = 0;
    let hi = this.lineStart.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.lineStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
