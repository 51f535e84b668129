/** Metadata keys a plain-text article may start with (`DATE: 2024-05-01`), as in the shared corpus. */
export interface TextFileArticle {
  metadata: Record<string, string>;
  text: string;
}

const HEADER_LINE = /^([A-Z][A-Z_-]*):[ \t]*(.*)$/;

/**
 * Split a `.txt` article into its leading `KEY: value` lines (up to the first blank line) and the
 * text. A file that doesn't start with such lines is all text.
 */
export function parseTextFile(content: string): TextFileArticle {
  const normalised = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalised.split('\n');
  const metadata: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const match = HEADER_LINE.exec(lines[i] ?? '');
    if (!match) break;
    metadata[(match[1] as string).toUpperCase()] = (match[2] as string).trim();
  }
  const headerEnded = i > 0 && (lines[i] ?? '').trim() === '';
  if (!headerEnded) return { metadata: {}, text: normalised.trim() };
  return {
    metadata,
    text: lines
      .slice(i + 1)
      .join('\n')
      .trim(),
  };
}
