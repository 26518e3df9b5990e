import { slugify } from './slug.js';

export interface RawSection {
  heading: string;
  slug: string;
  /** Whether the heading set its slug with `{#slug}`. */
  explicitSlug: boolean;
  /** The Markdown under the heading, up to the next `## `. */
  markdown: string;
  /** 1-based line of the heading within the body. */
  line: number;
}

export interface SplitBody {
  /** Non-blank text before the first `## ` heading (a format error when present). */
  preamble: string;
  sections: RawSection[];
}

const HEADING = /^##\s+(.+?)\s*$/;
const EXPLICIT_SLUG = /^(.*?)\s*\{#([^}]*)\}$/;

function readHeading(raw: string): { heading: string; slug: string; explicit: boolean } {
  const explicit = EXPLICIT_SLUG.exec(raw);
  if (explicit) return { heading: explicit[1] ?? '', slug: explicit[2] ?? '', explicit: true };
  return { heading: raw, slug: slugify(raw), explicit: false };
}

/** Splits a body into `## ` sections, ignoring `##` inside fenced code blocks. */
export function splitSections(body: string): SplitBody {
  const lines = body.split(/\r?\n/);
  const sections: RawSection[] = [];
  const preamble: string[] = [];
  let current: { head: RawSection; lines: string[] } | null = null;
  let inFence = false;
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      if (current) sections.push({ ...current.head, markdown: current.lines.join('\n').trim() });
      const { heading, slug, explicit } = readHeading(match[1] ?? '');
      current = { head: { heading, slug, explicitSlug: explicit, markdown: '', line: index + 1 }, lines: [] };
      return;
    }
    if (current) current.lines.push(line);
    else preamble.push(line);
  });
  if (current) {
    const last: { head: RawSection; lines: string[] } = current;
    sections.push({ ...last.head, markdown: last.lines.join('\n').trim() });
  }
  return { preamble: preamble.join('\n').trim(), sections };
}

/** The first paragraph of a section, if the section opens with prose rather than a list, table, heading or code. */
export function leadParagraph(markdown: string): string | null {
  const first = markdown.split(/\n\s*\n/)[0]?.trim() ?? '';
  if (first === '' || /^(#|[-*+] |\d+\. |\||```|~~~|>)/.test(first)) return null;
  return first.replace(/\s*\n\s*/g, ' ');
}
