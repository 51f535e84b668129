import { normaliseArticleUrl } from './article-url';

/**
 * A stable article id from its canonical URL (or page URL): the same page captured twice, or reached
 * through a tracking, share or print variant of its URL, updates one record.
 */
export async function articleIdFor(url: string): Promise<string> {
  const key = normaliseArticleUrl(url);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `a-${hex.slice(0, 24)}`;
}
