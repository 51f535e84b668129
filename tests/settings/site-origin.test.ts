import { describe, expect, it } from 'vitest';
import { siteOriginFrom } from '@/lib/settings/site-origin';

describe('siteOriginFrom', () => {
  it('accepts what people type', () => {
    expect(siteOriginFrom('www.example.com')).toBe('https://www.example.com');
    expect(siteOriginFrom(' https://news.example.org/world/story?id=3 ')).toBe('https://news.example.org');
    expect(siteOriginFrom('http://example.net:8080/x')).toBe('http://example.net:8080');
  });

  it('refuses what cannot be a web site', () => {
    expect(siteOriginFrom('')).toBeNull();
    expect(siteOriginFrom('not a site')).toBeNull();
    expect(siteOriginFrom('ftp://files.example.com')).toBeNull();
    expect(siteOriginFrom('javascript:alert(1)')).toBeNull();
  });
});
