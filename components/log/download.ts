/**
 * Save text (or its parts) as a file through the browser's own download path (a blob link the user's click
 * follows), with today's date in the name so successive exports don't overwrite each other.
 */
export function downloadText(
  baseName: string,
  extension: string,
  text: string | BlobPart[],
  type: string,
): string {
  const fileName = `${baseName}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  const parts = typeof text === 'string' ? [text] : text;
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the object URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
