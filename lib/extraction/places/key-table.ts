/** One gazetteer entry as a number: index into the gazetteer's columns. */
export type EntryId = number;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The asset's keys column, kept whole, with an open-addressing hash table over every key in it: a
 * key spans from a line start or "|" to the next "|" or "\n", and line e holds entry e's keys.
 * Keys starting "al " are also hashed without it. No substring is allocated to build it.
 */
export class KeyTable {
  /** Where each entry's line starts in keyText. */
  private readonly lineStart: Int32Array;
  /** Slot columns: offset and length of a key in keyText, and its entry (-1 empty). */
  private readonly slotOffset: Int32Array;
  private readonly slotLength: Int32Array;
  private readonly slotEntry: Int32Array;
  private readonly slotMask: number;

  constructor(
    private readonly keyText: string,
    private readonly entries: number,
  ) {
    this.lineStart = new Int32Array(entries + 1);
    let slots = 1024;
    while (slots < keyText.length / 4) slots *= 2; // keys average well over 4 characters with separators
    this.slotOffset = new Int32Array(slots);
    this.slotLength = new Int32Array(slots);
    this.slotEntry = new Int32Array(slots).fill(-1);
    this.slotMask = slots - 1;
    this.indexKeyText();
  }

  private indexKeyText(): void {
    const text = this.keyText;
    const n = text.length;
    let e = 0;
    let start = 0;
    let h = FNV_OFFSET;
    let hBare = FNV_OFFSET;
    const bareFrom = () => (text.startsWith('al ', start) ? start + 3 : -1);
    let bareStart = bareFrom();
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 10;
      if (c === 124 /* | */ || c === 10 /* \n */) {
        if (i > start) {
          this.insert(h, start, i - start, e);
          if (bareStart >= 0 && i - bareStart >= 3) this.insert(hBare, bareStart, i - bareStart, e);
        }
        if (c === 10) {
          e++;
          if (e <= this.entries) this.lineStart[e] = i + 1;
        }
        start = i + 1;
        h = FNV_OFFSET;
        hBare = FNV_OFFSET;
        bareStart = bareFrom();
        continue;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (bareStart >= 0 && i >= bareStart) hBare = Math.imul(hBare ^ c, FNV_PRIME);
    }
  }

  private insert(hash: number, offset: number, length: number, e: EntryId): void {
    let slot = hash & this.slotMask;
    while (this.slotEntry[slot] !== -1) slot = (slot + 1) & this.slotMask;
    this.slotOffset[slot] = offset;
    this.slotLength[slot] = length;
    this.slotEntry[slot] = e;
  }

  /** Add the entries stored under a key to `found` (created when null and one is found). */
  lookup(key: string, found: EntryId[] | null): EntryId[] | null {
    let h = FNV_OFFSET;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
    const text = this.keyText;
    for (let slot = h & this.slotMask; ; slot = (slot + 1) & this.slotMask) {
      const e = this.slotEntry[slot] as number;
      if (e === -1) break;
      if (this.slotLength[slot] === key.length && text.startsWith(key, this.slotOffset[slot])) {
        if (!found) found = [e];
        else if (!found.includes(e)) found.push(e);
      }
    }
    return found;
  }

  /** Add the entries with a key starting with `prefix`, in file order, until `found` holds `max`. */
  addEntriesWithPrefix(prefix: string, max: number, found: Set<EntryId>): void {
    const text = this.keyText;
    for (const boundary of ['\n', '|']) {
      const needle = boundary + prefix;
      for (let at = text.indexOf(needle); at !== -1 && found.size < max; at = text.indexOf(needle, at + 1)) {
        found.add(this.entryAtOffset(at + 1));
      }
    }
    if (text.startsWith(prefix)) found.add(0);
  }

  /** The entry whose line holds the key text offset. */
  private entryAtOffset(offset: number): EntryId {
    let lo = 0;
    let hi = this.entries - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.lineStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Every key of an entry. */
  keysOf(e: EntryId): string[] {
    const from = this.lineStart[e] as number;
    let to = this.keyText.indexOf('\n', from);
    if (to < 0) to = this.keyText.length;
    return this.keyText.slice(from, to).split('|');
  }
}
