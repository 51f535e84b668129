// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  offsetsFromRange,
  rangeFromOffsets,
  textContentOf,
  textMapOf,
} from '../../lib/anchoring/text-position';

function fragment(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('textContentOf', () => {
  it('concatenates text nodes in document order, skipping script, style, noscript and template', () => {
    const root = fragment(
      '<p>Rebels <b>took</b> the town.</p><script>var x = "not text";</script>' +
        '<style>p { color: red }</style><noscript>Enable JS</noscript><template>Hidden</template>' +
        '<p>Army <a href="#">units</a> withdrew.</p>',
    );
    expect(textContentOf(root)).toBe('Rebels took the town.Army units withdrew.');
  });

  it('handles a root with no text and deep markup without recursion', () => {
    expect(textContentOf(fragment('<div><span></span></div>'))).toBe('');
    let html = 'deep';
    for (let i = 0; i < 5000; i++) html = `<span>${html}</span>`;
    expect(textContentOf(fragment(html))).toBe('deep');
    // jsdom takes seconds to parse 5,000 nested elements on a slow machine.
  });
});

describe('rangeFromOffsets', () => {
  const root = fragment('<p>Rebels <b>to</b><i>ok</i> the <a href="#">town of <em>Daraa</em></a>.</p>');
  const text = textContentOf(root);

  it('covers text split across several elements', () => {
    const start = text.indexOf('took');
    const range = rangeFromOffsets(root, start, start + 4);
    expect(range.toString()).toBe('took');
    const town = text.indexOf('town of Daraa');
    expect(rangeFromOffsets(root, town, town + 'town of Daraa'.length).toString()).toBe('town of Daraa');
  });

  it('starts in the node holding the first character and ends in the node holding the last', () => {
    const start = text.indexOf('ok');
    const range = rangeFromOffsets(root, start, start + 2);
    expect(range.startContainer.parentElement?.tagName).toBe('I');
    expect(range.startOffset).toBe(0);
    expect(range.endContainer.parentElement?.tagName).toBe('I');
    const to = rangeFromOffsets(root, text.indexOf('to'), text.indexOf('to') + 2);
    expect(to.endContainer.parentElement?.tagName).toBe('B');
  });

  it('accepts empty ranges and the whole text, and refuses bad offsets', () => {
    expect(rangeFromOffsets(root, 0, text.length).toString()).toBe(text);
    expect(rangeFromOffsets(root, 3, 3).collapsed).toBe(true);
    expect(rangeFromOffsets(root, text.length, text.length).collapsed).toBe(true);
    expect(() => rangeFromOffsets(root, 4, 2)).toThrow(RangeError);
    expect(() => rangeFromOffsets(root, 0, text.length + 1)).toThrow(RangeError);
  });

  it('skips script text between the boundaries', () => {
    const withScript = fragment('<p>Ten <script>ignored()</script>people</p>');
    expect(textContentOf(withScript)).toBe('Ten people');
    expect(rangeFromOffsets(withScript, 0, 10).toString()).toBe('Ten ignored()people');
    expect(offsetsFromRange(withScript, rangeFromOffsets(withScript, 4, 10))).toEqual({ start: 4, end: 10 });
  });
});

describe('offsetsFromRange', () => {
  const root = fragment('<p>Rebels <b>took</b> the <a href="#">town</a>.</p><p>Then <i>left</i>.</p>');
  const text = textContentOf(root);

  it('round-trips with rangeFromOffsets for every span', () => {
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        expect(offsetsFromRange(root, rangeFromOffsets(root, start, end))).toEqual({ start, end });
      }
    }
  });

  it('reads ranges whose boundaries are elements', () => {
    const range = document.createRange();
    range.selectNode(root.querySelector('a') as Node);
    expect(offsetsFromRange(root, range)).toEqual({
      start: text.indexOf('town'),
      end: text.indexOf('town') + 4,
    });
    range.selectNodeContents(root);
    expect(offsetsFromRange(root, range)).toEqual({ start: 0, end: text.length });
  });

  it('builds one map of the nodes for reuse', () => {
    const map = textMapOf(root);
    expect(map.text).toBe(text);
    expect(map.nodes.map((n) => n.data).join('')).toBe(text);
    expect(map.starts[0]).toBe(0);
  });
});
