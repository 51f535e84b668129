/**
 * The largest file an import reads: 384 MiB. A backup of 100,000 events is about 120 MB of events
 * (some 1.2 KB each with their evidence sentence and its quote selector) plus their articles'
 * text (about 5 KB an article at four events an article: 125 MB), some 250 MB in all, with room
 * to spare. The ceiling stays below the longest string V8 can build (2^29 − 24 UTF-16 units,
 * about 512 Mi characters), so a file that passes can always be decoded; a larger one is refused
 * before any work.
 */
export const MAX_IMPORT_BYTES = 384 * 1024 * 1024;

export type DecodedFile = { ok: true; text: string; hadBom: boolean } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** A file's bytes as text: UTF-8 only (invalid bytes refuse the file), a leading BOM removed. */
export function decodeImportBytes(
  input: Uint8Array | ArrayBuffer,
  maxBytes: number = MAX_IMPORT_BYTES,
): DecodedFile {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.byteLength === 0) return { ok: false, error: 'The file is empty.' };
  if (bytes.byteLength > maxBytes) {
    return {
      ok: false,
      error: `The file is ${sizeText(bytes.byteLength)}; the import reads files of up to ${sizeText(maxBytes)}.`,
    };
  }
  const hadBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    // fatal: a byte that is not UTF-8 throws instead of becoming U+FFFD, so nothing garbled is
    // imported. The decoder drops a leading BOM itself.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text, hadBom };
  } catch {
    return {
      ok: false,
      error:
        'The file is not UTF-8 text (it may be a binary file, or text in another encoding). ' +
        'Save it as “CSV UTF-8” or as UTF-8 text and import it again.',
    };
  }
}

function sizeText(bytes: number): string {
  const mebibyte = 1024 * 1024;
  return bytes < mebibyte ? `${bytes} bytes` : `${(bytes / mebibyte).toFixed(1)} MiB`;
}
