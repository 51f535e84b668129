import type { ReactNode } from 'react';
import { isWebUrl } from '@/lib/schema';

/**
 * A link that opens in a new tab, only for an http(s) address: a stored `data:` or `javascript:`
 * address (from an older import, say) is shown as plain text, never made clickable.
 */
export function WebLink(props: { url: string; href?: string; title?: string; children: ReactNode }) {
  if (!isWebUrl(props.url)) return <span title={props.title}>{props.children}</span>;
  return (
    <a href={props.href ?? props.url} target="_blank" rel="noreferrer noopener" title={props.title}>
      {props.children}
    </a>
  );
}
