// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { WebLink } from '@/components/log/WebLink';
import { mount } from './support';

describe('WebLink', () => {
  it('links an http(s) address in a new tab', () => {
    const host = mount(<WebLink url="https://news.example/a">Example News</WebLink>);
    const link = host.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://news.example/a');
    expect(link?.getAttribute('rel')).toBe('noreferrer noopener');
  });

  it('shows any other address as plain text, never as a link', () => {
    for (const url of ['data:text/html,<b>x</b>', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      const host = mount(<WebLink url={url}>Outlet</WebLink>);
      expect(host.querySelector('a')).toBeNull();
      expect(host.textContent).toBe('Outlet');
    }
  });
});
