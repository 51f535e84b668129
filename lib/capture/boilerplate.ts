/**
 * Page furniture that Readability lets through because it sits inside the article container:
 * ad slots between paragraphs ("Advertisement") and the tail of a blog template (related links,
 * the comment form, "Back to top"). Left in, it would be analysed as if the article said it.
 *
 * The rules are about page templates in general, never about particular sites: a paragraph is
 * only dropped when its *whole* text is one of these labels, so article prose that merely
 * mentions "advertisement" or "comments" is untouched.
 */

/** Whole-paragraph labels of ad slots, dropped wherever they occur. */
const AD_LABEL =
  /^(?:advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|story continues below(?: this)? advertisement|article continues below(?: this)? advertisement|continue reading below|scroll to continue(?: with content)?|skip advertisement)[.:]?$/i;

/**
 * A heading that opens the comment section. From here on the "article" is readers' comments and
 * the reply form, so everything from it to the end is dropped.
 */
const COMMENTS_START =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the discussion|\d+\s+(?:comments?|responses?|replies)|comments?\s*\(\d+\)|reader comments)[.:]?$/i;

/** Template lines that trail an article: dropped from the end only, where they cannot be prose. */
const TRAILING_LINE =
  /^(?:related(?: articles| posts| stories| news| content| coverage)?|read more|more (?:from|on) .{1,40}|see also|you may also like|you might also like|recommended(?: for you)?|most read|most popular|back to top(?: button)?|share(?: this)?(?: article| story| post)?(?:\s*:.*)?|tags?:.*|filed under:?.*|your email address will not be published\.?.*|required fields are marked.*|cancel reply|post comment|submit comment|print|email|copyright .{0,80}|©.{0,80}|all rights reserved\.?)[.:]?$/i;

/** A comment heading in the first half of a text is more likely the article's own subheading. */
const COMMENTS_CUT_MIN_SHARE = 0.5;

export function dropBoilerplateParagraphs(paragraphs: string[]): string[] {
  const kept = paragraphs.filter((paragraph) => !AD_LABEL.test(paragraph.trim()));

  const totalChars = kept.reduce((sum, paragraph) => sum + paragraph.length, 0);
  let charsBefore = 0;
  let end = kept.length;
  for (let i = 0; i < kept.length; i++) {
    const paragraph = kept[i] ?? '';
    if (COMMENTS_START.test(paragraph.trim()) && charsBefore >= totalChars * COMMENTS_CUT_MIN_SHARE) {
      end = i;
      break;
    }
    charsBefore += paragraph.length;
  }

  while (end > 0 && TRAILING_LINE.test((kept[end - 1] ?? '').trim())) end--;
  return kept.slice(0, end);
}

/** Class or id words that name an ad container (`ad-slot`, `ads`, `advert`, `dfp-ad`…). */
const AD_CONTAINER =
  /(?:^|[\s_-])(?:ad|ads|adslot|advert|adverts|advertisement|advertising|dfp|gpt-ad|sponsor|sponsored)(?:$|[\s_-])/i;

/** An ad container holds a label or an empty slot; anything longer may be mislabelled content. */
const AD_CONTAINER_MAX_CHARS = 120;

/**
 * Remove ad slots from a *copy* of the page before Readability scores it, so their labels neither
 * end up in the text nor split the article's paragraphs into separate candidates.
 */
export function removeAdPlaceholders(root: ParentNode): number {
  let removed = 0;
  for (const element of Array.from(root.querySelectorAll('[class], [id]'))) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!AD_CONTAINER.test(names)) continue;
    if ((element.textContent ?? '').trim().length > AD_CONTAINER_MAX_CHARS) continue;
    element.remove();
    removed++;
  }
  return removed;
}
