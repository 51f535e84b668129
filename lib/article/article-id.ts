/**
 * A stable article id from its canonical URL (or page URL): the same page captured twice, or reached
 * through a tracking-parameter variant with the same canonical link, updates one record.
 */
export async function articleIdFor(url: string): Promise<string> {
  const key = normaliseUrl(url);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `a-${hex.slice(0, 24)}`;
}

/** Drop the fragment and common tracking parameters; keep everything that can change the article. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_)/i.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.toString();
  } catch {
    return url.trim();
  }
}
