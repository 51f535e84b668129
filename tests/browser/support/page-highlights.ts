import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { PRIVATE_LAYER_ATTRIBUTE, type PrivateMark } from '@/lib/highlights/private-layer';
import { MENTION_KIND_NAMES, MENTION_KINDS, type MentionKind } from '@/lib/schema/mention-kind';

/** Each kind's fill, which the highlights' style gives it (the only thing that tells kinds apart). */
export const KIND_FILLS = Object.fromEntries(
  MENTION_KIND_NAMES.map((kind) => [kind, MENTION_KINDS[kind].fill]),
);

/**
 * Run in the page (pass to `page.evaluate` with KIND_FILLS): the names the page's highlights are
 * registered under, by kind, found as page script can find them, from the `::highlight()` rules
 * of the page's style sheets and the fill each gives. The names themselves are random.
 */
export function highlightNamesInPage(fills: Record<string, string>): Partial<Record<MentionKind, string>> {
  const probe = document.createElement('i');
  const normal = (colour: string) => {
    probe.style.backgroundColor = '';
    probe.style.backgroundColor = colour;
    return probe.style.backgroundColor;
  };
  const sheets = [
    ...document.adoptedStyleSheets,
    ...[...document.querySelectorAll('style')].flatMap((style) => (style.sheet ? [style.sheet] : [])),
  ];
  const names: Record<string, string> = {};
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      const name = /^::highlight\(([^)]+)\)$/.exec((rule as CSSStyleRule).selectorText ?? '')?.[1];
      if (!name) continue;
      for (const [kind, fill] of Object.entries(fills)) {
        if (normal(fill) === (rule as CSSStyleRule).style.backgroundColor) names[kind] = name;
      }
    }
  }
  return names;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The boxes of the elements of class `className` inside the shadow roots of hosts that carry
 * `hostAttribute`, and whether each is shown. The extension's shadow roots are closed (page script
 * must not reach them), so only the DevTools protocol, which pierces them, can see inside.
 */
export async function boxesInShadow(
  cdp: CDPSession,
  hostAttribute: string,
  className: string,
): Promise<(Box | null)[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type DomNode = typeof root;
  const found: DomNode[] = [];
  const visit = (node: DomNode, inHost: boolean) => {
    const attributes = node.attributes ?? [];
    // CDP lists attributes as name, value, name, value…
    const host = inHost || attributes.some((name, i) => i % 2 === 0 && name === hostAttribute);
    const classes = attributes.find((_, i) => i % 2 === 1 && attributes[i - 1] === 'class') ?? '';
    if (host && classes.split(' ').includes(className)) found.push(node);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child, host);
  };
  visit(root, false);
  return Promise.all(
    found.map(async (node) => {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        returnByValue: true,
        functionDeclaration: `function () {
          if (this.hidden) return null;
          const r = this.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }`,
      });
      return (result.value as Box | null) ?? null;
    }),
  );
}

/** The shown boxes of one kind of the user's own marks, drawn in the extension's closed layer. */
export async function privateBoxes(context: BrowserContext, page: Page, mark: PrivateMark): Promise<Box[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const boxes = await boxesInShadow(cdp, PRIVATE_LAYER_ATTRIBUTE, mark);
    return boxes.filter((box) => box !== null);
  } finally {
    await cdp.detach();
  }
}

/** Where the first words of `text` are on screen (null when the page does not hold them in one text node). */
export function boxOfWords(page: Page, text: string): Promise<Box | null> {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const [r] = range.getClientRects();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    }
    return null;
  }, text);
}
