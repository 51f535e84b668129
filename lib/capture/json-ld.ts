/**
 * Reading a page's JSON-LD (`<script type="application/ld+json">`). Publishers get it wrong often
 * (trailing commas, raw newlines inside strings, HTML comment wrappers), so a block that is not
 * valid JSON is repaired where that is safe and skipped with a warning otherwise: one bad block
 * must never cost the rest of the capture.
 */

/** One JSON-LD node: a plain object as parsed; its fields are checked where they are read. */
export type JsonLdNode = Record<string, unknown>;

export interface JsonLdReading {
  /** Every node found, in document order: top-level items, items of `@graph` and `mainEntity`. */
  nodes: JsonLdNode[];
  /** One note per block that could not be read. */
  warnings: string[];
}

/** Schema.org types whose `datePublished`, `author` and `publisher` describe the article itself. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

/** Nesting deeper than this is not metadata any page means to publish; stop walking. */
const MAX_DEPTH = 6;

export function readJsonLd(doc: Document): JsonLdReading {
  const nodes: JsonLdNode[] = [];
  const warnings: string[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type]')).filter((script) =>
    (script.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'),
  );
  scripts.forEach((script, index) => {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed === undefined) {
      warnings.push(`JSON-LD block ${index + 1} is not valid JSON; ignored`);
      return;
    }
    collectNodes(parsed, nodes, 0);
  });
  return { nodes, warnings };
}

/** The node's `@type`s in lower case (`@type` may be a string or an array of strings). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

export function isArticleNode(node: JsonLdNode): boolean {
  return jsonLdTypes(node).some((type) => ARTICLE_TYPES.has(type));
}

/** Article nodes first (they describe the page's story), then the rest in document order. */
export function articleNodesFirst(nodes: JsonLdNode[]): JsonLdNode[] {
  return [...nodes.filter(isArticleNode), ...nodes.filter((node) => !isArticleNode(node))];
}

/** `name` of a person or organisation given as a string, an object or an array of either. */
export function jsonLdNames(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim()) names.push(item.trim());
    else if (isObject(item) && typeof item['name'] === 'string' && item['name'].trim()) {
      names.push(item['name'].trim());
    }
  }
  return names;
}

function collectNodes(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  // `@graph` holds sibling nodes; `mainEntity` is how a WebPage wraps its article. Other nested
  // objects (comments, reviews, breadcrumbs) are deliberately not walked: their dates are not the
  // article's.
  collectNodes(value['@graph'], into, depth + 1);
  collectNodes(value['mainEntity'], into, depth + 1);
}

function isObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse, then once more after repairing the common publisher mistakes; undefined if hopeless. */
function parseLenient(raw: string): unknown {
  const text = raw.trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // fall through to the repair below
  }
  const repaired = text
    // CMS templates sometimes wrap the block in an HTML comment or CDATA section.
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    // Raw control characters (newlines pasted into a headline) are illegal inside JSON strings;
    // outside strings they are only white space, so a space is right in both places.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point here
    .replace(/[\u0000-\u001f]+/g, ' ')
    // Trailing commas before a closing brace or bracket.
    .replace(/,\s*([}\]])/g, '$1')
    .trim();
  try {
    return JSON.parse(repaired) as unknown;
  } catch {
    return undefined;
  }
}
