/**
 * The origin a user means when they type a site: "example.com", "https://example.com/news/x" and
 * "http://example.com:8080" all work. Only http(s) sites can be analysed; anything else is null.
 */
export function siteOriginFrom(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}
