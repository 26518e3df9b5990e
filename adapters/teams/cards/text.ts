/** Cuts text to `max` characters with an ellipsis, never through a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Text people typed (stream names, owners, questions), made literal in a TextBlock's markdown:
 * `*` and backquotes would format it and `[…](…)` would make a link. Underscores stay, since
 * CommonMark never reads `web_orders` as emphasis.
 */
export function literal(text: string): string {
  return text.replace(/[\\*[\]`]/g, '\\$&');
}

/** A markdown link; the label is literal and the URL cannot end the link early. */
export function link(url: string, label: string): string {
  return `[${literal(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
