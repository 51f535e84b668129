import { describe, expect, it } from 'vitest';
import { sameSite, siteOf } from '@/lib/article/same-site';

describe('siteOf', () => {
  it.each([
    ['https://www.lakepost.com/world/dam', 'lakepost.com'],
    ['https://lakepost.com/world/dam', 'lakepost.com'],
    ['https://amp.lakepost.com/world/dam', 'lakepost.com'],
    ['https://news.riverside.co.uk/story', 'riverside.co.uk'],
    ['https://WWW.LakePost.com./x', 'lakepost.com'],
    ['http://127.0.0.1:8080/page', '127.0.0.1'],
    ['http://localhost/page', 'localhost'],
  ])('%s belongs to %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });

  it('keeps two blogs on one hosting domain apart', () => {
    expect(siteOf('https://first.github.io/post')).toBe('first.github.io');
    expect(sameSite('https://first.github.io/post', 'https://second.github.io/post')).toBe(false);
    expect(sameSite('https://one.blogspot.com/a', 'https://two.blogspot.com/a')).toBe(false);
  });

  it('has no site for addresses that are not on the web', () => {
    expect(siteOf('file:///home/reader/story.html')).toBeNull();
    expect(siteOf('not an address')).toBeNull();
    expect(sameSite('file:///a', 'file:///a')).toBe(false);
  });
});

describe('sameSite', () => {
  it('counts www., amp. and the bare domain as one site, another domain as another', () => {
    expect(sameSite('https://www.lakepost.com/a', 'https://lakepost.com/b')).toBe(true);
    expect(sameSite('https://amp.lakepost.com/a', 'https://www.lakepost.com/a')).toBe(true);
    expect(sameSite('http://lakepost.com/a', 'https://lakepost.com/a')).toBe(true);
    expect(sameSite('https://lakepost.com.evil.example/a', 'https://lakepost.com/a')).toBe(false);
    expect(sameSite('https://lakepost.co.uk/a', 'https://lakepost.com/a')).toBe(false);
  });
});
