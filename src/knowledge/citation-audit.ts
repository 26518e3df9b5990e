import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { citedNumbers, MARKER, sourceEntries } from './citations.js';
import { isDocumentFile, SOURCES_SLUG } from './contract.js';
import { splitFrontMatter } from './front-matter.js';
import { splitSections, type RawSection } from './markdown-sections.js';
import { sentencesOf } from './sentences.js';
import { sourceUrlProblem } from './source-urls.js';

/**
 * The sourcing rules every knowledge document keeps: each section cites its Sources list,
 * every URL is Salesforce's (or MuleSoft's) English documentation, and every sentence that
 * states a figure says where the figure comes from. Kept out of the loader on purpose: a
 * team pointing KNOWLEDGE_DIR at its own notes may cite its own wiki.
 */

export interface SourcingProblem {
  file: string;
  /** The section's slug; `sources` for a problem in the Sources list. */
  section: string;
  /** The offending sentence as written, when the problem is one sentence. */
  sentence?: string;
  message: string;
}

/** The labels that source a figure this project worked out or chose, instead of a `[n]`. */
export const OWN_FIGURE_LABELS = ['(estimate)', '(our threshold)'] as const;

/** Names whose digits are part of the name and state no figure: "Data 360 lands rows" cites nothing. */
export const NAMES_WITH_DIGITS = ['Data 360', 'Customer 360', 'S3', 'B2C', 'B2B', 'UTF-8'] as const;

const NAMES = new RegExp(`(?<![\\w-])(?:${NAMES_WITH_DIGITS.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})(?![\\w-])`, 'g');

/** The sentence without what the rule exempts: code spans, link targets, URLs, markers and names. */
export function figureText(sentence: string): string {
  return sentence
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(MARKER, ' ')
    .replace(NAMES, ' ');
}

export function statesFigure(sentence: string): boolean {
  return /\d/.test(figureText(sentence));
}

export function isSourced(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return citedNumbers(sentence.replace(/`[^`]*`/g, ' ')).length > 0 || OWN_FIGURE_LABELS.some((label) => lower.includes(label));
}

function auditSection(file: string, section: RawSection, sourceCount: number): SourcingProblem[] {
  const problems: SourcingProblem[] = [];
  const cited = citedNumbers(section.markdown).filter((n) => n >= 1 && n <= sourceCount);
  if (cited.length === 0) problems.push({ file, section: section.slug, message: 'cites none of the document\'s Sources: give its facts [n] markers' });
  for (const sentence of sentencesOf(section.markdown)) {
    if (statesFigure(sentence) && !isSourced(sentence)) {
      problems.push({ file, section: section.slug, sentence, message: 'states a figure without a [n] marker, (estimate) or (our threshold) in the same sentence' });
    }
  }
  return problems;
}

function auditLinks(file: string, section: RawSection): SourcingProblem[] {
  return [...section.markdown.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].flatMap((m) => {
    const problem = sourceUrlProblem(m[1] ?? '');
    return problem ? [{ file, section: section.slug, message: `links to ${problem}` }] : [];
  });
}

/** Every sourcing problem of one document; `file` names it in the problems. */
export function auditDocument(file: string, source: string): SourcingProblem[] {
  const split = splitFrontMatter(source);
  const sections = splitSections(split ? split.body : source).sections;
  const sourcesSection = sections.find((s) => s.slug === SOURCES_SLUG);
  if (!sourcesSection) return [{ file, section: SOURCES_SLUG, message: 'has no `## Sources {#sources}` section' }];
  const entries = sourceEntries(sourcesSection.markdown);
  const problems: SourcingProblem[] = entries.flatMap((e) => {
    const problem = sourceUrlProblem(e.url);
    return problem ? [{ file, section: SOURCES_SLUG, message: `entry ${e.number}: ${problem}` }] : [];
  });
  for (const section of sections) {
    if (section.slug === SOURCES_SLUG) continue;
    problems.push(...auditSection(file, section, entries.length), ...auditLinks(file, section));
  }
  return problems;
}

/** Audits every document of a knowledge folder (README.md and CHANGELOG.md are not documents). */
export async function auditKnowledgeFolder(dir: string): Promise<SourcingProblem[]> {
  const names = (await readdir(dir)).filter(isDocumentFile).sort();
  const audits = await Promise.all(names.map(async (name) => auditDocument(relative(process.cwd(), join(dir, name)), await readFile(join(dir, name), 'utf8'))));
  return audits.flat();
}

export function describeProblem(p: SourcingProblem): string {
  return `${p.file}#${p.section}: ${p.sentence ? `"${p.sentence}" ` : ''}${p.message}`;
}
