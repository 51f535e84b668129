/**
 * A host for the extension's in-page UI: a plain `div` marked with `attribute`, holding a closed
 * shadow root with `css`. A built-in element, not a custom name: a page could define that name
 * first and so run its own code in the host. Page styles reach the host only, and its inline
 * `!important` reset outranks them; page script cannot reach into a closed root.
 */
export function closedHost(
  doc: Document,
  attribute: string,
  css: string,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  host.setAttribute(attribute, '');
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
