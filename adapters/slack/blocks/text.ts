import { clip } from '../../../src/text/clip.js';
import { LIMITS } from './limits.js';

export { clip };

/** Slack's mrkdwn treats only &, < and > as markup; everything else people type stays as is. */
const MARKUP = /[&<>]/g;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  // Most text has none of the three: looking for each costs far less than a replace that finds nothing.
  if (!text.includes('&') && !text.includes('<') && !text.includes('>')) return text;
  return text.replace(MARKUP, (char) => ENTITY[char]!);
}

/** `<url|label>`: a label must not contain `|` or `>`, which would end the link early. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[|>\s]/g, encodeURIComponent)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

export function plain(text: string, max: number = LIMITS.headerText) {
  return { type: 'plain_text' as const, text: clip(text.trim() === '' ? '-' : text, max), emoji: true };
}

export function mrkdwn(text: string, max: number = LIMITS.sectionText) {
  return { type: 'mrkdwn' as const, text: clip(text.trim() === '' ? '—' : text, max) };
}
