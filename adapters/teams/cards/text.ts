import { clip } from '../../../src/text/clip.js';

export { clip };

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
