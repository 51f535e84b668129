import { describe, expect, it } from 'vitest';
import { parseTextFile } from '@/lib/article/text-file';

describe('parseTextFile', () => {
  it('reads leading KEY: value lines up to the first blank line as metadata', () => {
    const file =
      'URL: https://news.example/a\nDATE: 2024-05-01\nTITLE: Talks stall\n\nFirst paragraph.\n\nSecond: with a colon.';
    expect(parseTextFile(file)).toEqual({
      metadata: { URL: 'https://news.example/a', DATE: '2024-05-01', TITLE: 'Talks stall' },
      text: 'First paragraph.\n\nSecond: with a colon.',
    });
  });

  it('treats a file without a header as all text', () => {
    expect(parseTextFile('Fighting continued.\n\nMore text.')).toEqual({
      metadata: {},
      text: 'Fighting continued.\n\nMore text.',
    });
  });

  it('does not take a first sentence that looks like a header without a blank line after it', () => {
    expect(parseTextFile('UPDATE: shelling resumed at dawn.\nResidents fled.').metadata).toEqual({});
  });

  it('copes with Windows line endings and a byte-order mark', () => {
    expect(parseTextFile('\uFEFFDATE: 2024-01-02\r\n\r\nText.\r\n')).toEqual({
      metadata: { DATE: '2024-01-02' },
      text: 'Text.',
    });
  });
});
