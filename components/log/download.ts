/**
 * Save a file (written by an export's worker) through the browser's own download path (a blob
 * link the user's click follows), as UTF-8 text of media type `type`, with today's date in the
 * name so successive exports don't overwrite each other.
 */
export function downloadFile(baseName: string, extension: string, file: Blob, type: string): string {
  const fileName = `${baseName}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  const url = URL.createObjectURL(new Blob([file], { type: `${type};charset=utf-8` }));
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
