import { getDomain } from 'tldts';

/**
 * The site a web address belongs to: its registrable domain ("example.com" for www.example.com
 * and amp.example.com, "bbc.co.uk" for news.bbc.co.uk), read from the Public Suffix List that
 * tldts bundles. The list's private section counts too, so two blogs on github.io or blogspot.com
 * are two sites, not one. An IP address or a single-label host (localhost) is its own site.
 * Null for anything that is not an http(s) address.
 */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether two addresses belong to one site (see siteOf); false when either is not a web address. */
export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
