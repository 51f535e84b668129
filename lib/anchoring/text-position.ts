/**
 * Character offsets in an element's text content <-> DOM Ranges.
 *
 * "Text content" here is the data of the text nodes under a root, in document order, skipping
 * the contents of script, style, noscript and template elements (never visible text). Offsets
 * are UTF-16 code units, like `String.prototype.slice`. DOM only: no extension APIs.
 */

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** The text nodes under a root and where each starts in the concatenated text. Build once, reuse. */
export interface TextMap {
  root: Node;
  /** Non-empty text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: number[];
  text: string;
}

function isSkippedElement(node: Node): boolean {
  return node.nodeType === 1 && SKIPPED_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Walk the text under `root` once. Iterative: deep markup cannot overflow the stack. */
export function textMapOf(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
    }
  };
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) {
    visit(root);
  } else if (!isSkippedElement(root)) {
    let node: Node | null = root.firstChild;
    while (node) {
      visit(node);
      if (node.firstChild && !isSkippedElement(node)) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== root && !node.nextSibling) node = node.parentNode;
      node = node && node !== root ? node.nextSibling : null;
    }
  }
  return { root, nodes, starts, text: parts.join('') };
}

/** The text content of `root` as defined above (what offsets count in). */
export function textContentOf(root: Node): string {
  return textMapOf(root).text;
}

/** Index of the last node starting at or before `offset` (0 when none does). */
function nodeIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((map.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The boundary points of `[start, end)` of the text of `map` (see rangeFromTextMap). */
function boundaryOf(map: TextMap, start: number, end: number): StaticRangeInit {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > map.text.length
  ) {
    throw new RangeError(`rangeFromOffsets: bad span [${start}, ${end}) for a text of ${map.text.length}`);
  }
  if (map.nodes.length === 0) {
    return { startContainer: map.root, startOffset: 0, endContainer: map.root, endOffset: 0 };
  }
  const startPoint = pointAt(map, start, start < end || start < map.text.length ? 'forward' : 'backward');
  const endPoint = start === end ? startPoint : pointAt(map, end, 'backward');
  return {
    startContainer: startPoint.node,
    startOffset: startPoint.offset,
    endContainer: endPoint.node,
    endOffset: endPoint.offset,
  };
}

/**
 * The Range covering `[start, end)` of the text of `map`. The start sits at the beginning of the
 * node holding the first character, the end at the end of the node holding the last, so a range
 * never begins at the very end of a preceding text node.
 */
export function rangeFromTextMap(map: TextMap, start: number, end: number): Range {
  const points = boundaryOf(map, start, end);
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const range = doc.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/**
 * {@link rangeFromTextMap} as a StaticRange: it does not follow later changes to the page, but
 * costs far less to make than a live Range, which matters for thousands of highlights.
 */
export function staticRangeFromTextMap(map: TextMap, start: number, end: number): StaticRange {
  const win = (map.root.ownerDocument ?? (map.root as Document)).defaultView as Window & typeof globalThis;
  return new win.StaticRange(boundaryOf(map, start, end));
}

/** The DOM point at a text offset; at a node boundary, `forward` picks the next node's start. */
function pointAt(map: TextMap, offset: number, bias: 'forward' | 'backward'): { node: Text; offset: number } {
  let i = nodeIndexAt(map, offset);
  if (bias === 'backward' && i > 0 && map.starts[i] === offset) i -= 1;
  const node = map.nodes[i] as Text;
  const local = offset - (map.starts[i] ?? 0);
  return { node, offset: Math.min(local, node.data.length) };
}

/** The Range covering characters `[start, end)` of `textContentOf(root)`. Throws RangeError on bad offsets. */
export function rangeFromOffsets(root: Node, start: number, end: number): Range {
  return rangeFromTextMap(textMapOf(root), start, end);
}

/** Offsets into `textContentOf(root)` of a Range; boundaries outside `root` are clamped to its ends. */
export function offsetsFromRange(root: Node, range: Range): { start: number; end: number } {
  return offsetsFromRangeIn(textMapOf(root), range);
}

/** {@link offsetsFromRange} with a prebuilt map. */
export function offsetsFromRangeIn(map: TextMap, range: Range): { start: number; end: number } {
  return {
    start: offsetOfPoint(map, range.startContainer, range.startOffset),
    end: offsetOfPoint(map, range.endContainer, range.endOffset),
  };
}

function offsetOfPoint(map: TextMap, container: Node, offset: number): number {
  if (container.nodeType === TEXT_NODE || container.nodeType === CDATA_SECTION_NODE) {
    const i = map.nodes.indexOf(container as Text);
    if (i >= 0) return (map.starts[i] ?? 0) + Math.min(offset, (container as Text).data.length);
  }
  // Count the text of every node that starts before the point (binary search: nodes are in order).
  const doc = map.root.ownerDocument ?? (map.root as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  let lo = 0;
  let hi = map.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (point.comparePoint(map.nodes[mid] as Text, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : (map.starts[lo - 1] ?? 0) + (map.nodes[lo - 1] as Text).data.length;
}
