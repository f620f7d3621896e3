/**
 * A received text cut to `max` characters for a message, a log line or an HTTP body, so that a pasted file or a
 * runaway field never comes back whole; it never ends on half of a surrogate pair (an emoji, a rare Hán Nôm
 * character). The one cutting rule of the repository: the error kinds differ only in how much they show.
 */
export function cutShort(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
