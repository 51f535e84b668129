import { IGNORABLE_URL_PARAMETERS, type IgnorableParameterFamily } from './ignorable-url-parameters';

/**
 * The URL an article is known by: without tracking and layout parameters (see
 * ignorable-url-parameters.ts), without the fragment, and with the remaining parameters sorted, so
 * that `?copy=1`, `?utm_source=…` or a reordered query lead to the same article.
 *
 * Text that is not a URL comes back trimmed.
 */
export function normaliseArticleUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  // `#!/story/42` and `#/story/42` are routes of script-driven sites: they name the content.
  if (!/^#[!/]/.test(parsed.hash)) parsed.hash = '';
  const host = parsed.hostname.toLowerCase();
  for (const [name, value] of [...parsed.searchParams]) {
    if (isIgnorable(name, value, host)) parsed.searchParams.delete(name, value);
  }
  // Stable sort: repeated names keep their order, which can matter to the site.
  parsed.searchParams.sort();
  return parsed.href;
}

function isIgnorable(name: string, value: string, host: string): boolean {
  const lowerName = name.toLowerCase();
  return IGNORABLE_URL_PARAMETERS.some((family) =>
    familyCovers(family, lowerName, value.toLowerCase(), host),
  );
}

function familyCovers(family: IgnorableParameterFamily, name: string, value: string, host: string): boolean {
  const named =
    (family.names?.includes(name) ?? false) ||
    (family.prefixes?.some((prefix) => name.startsWith(prefix)) ?? false);
  if (!named) return false;
  if (family.values && !family.values.includes(value)) return false;
  if (family.hosts && !family.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return false;
  return true;
}

/** The host a web address names ("www.example.com"); the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
