/**
 * Who may send the background which message. A content script runs inside web pages, so a page
 * that subverts one (or a bug in it) must not reach what only the user's own actions in the
 * extension's pages should: analysing or teaching on any tab, showing evidence there. A content
 * script may send only the messages content scripts send; the rest come only from the
 * extension's own pages (side panel, event log), whose address is inside the extension.
 */

/** What the check reads of `runtime.MessageSender` (a structural subset, so tests need no browser). */
export interface SenderFacts {
  /** The sending extension's id. */
  id?: string;
  /** The sending document's address: an extension page's own, or the page a content script runs in. */
  url?: string;
}

/** The extension the background belongs to. */
export interface ExtensionIdentity {
  id: string;
  /** The extension's base address, `runtime.getURL('/')` (chrome-extension://…/, moz-extension://…/). */
  baseUrl: string;
}

export type SenderKind = 'extension-page' | 'content-script' | 'stranger';

/** Whether a message came from one of the extension's pages, one of its content scripts, or neither. */
export function senderKind(sender: SenderFacts, self: ExtensionIdentity): SenderKind {
  if (sender.id !== self.id) return 'stranger';
  const origin = originOf(sender.url);
  return origin !== null && origin === originOf(self.baseUrl) ? 'extension-page' : 'content-script';
}

/**
 * Whether the background should answer a message of `type` from `sender`: every type from the
 * extension's pages, only `contentScriptTypes` from a content script, nothing from anyone else.
 */
export function acceptsMessage(
  type: string,
  sender: SenderFacts,
  self: ExtensionIdentity,
  contentScriptTypes: ReadonlySet<string>,
): boolean {
  const kind = senderKind(sender, self);
  return kind === 'extension-page' || (kind === 'content-script' && contentScriptTypes.has(type));
}

function originOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const { protocol, host } = new URL(url);
    // Extension addresses have no `origin` in every engine ("null"), so compare scheme and host.
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}
