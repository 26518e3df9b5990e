import { YAMLException } from 'js-yaml';
import { KnowledgeError, type InputIssue } from '../errors.js';
import { toInputIssues } from '../validation/zod-issues.js';
import { citedNumbers, sourceEntries } from './citations.js';
import { MAX_LEAD_LENGTH, SOURCES_SLUG } from './contract.js';
import { frontMatterSchema, splitFrontMatter, type FrontMatter } from './front-matter.js';
import { leadParagraph, splitSections, type RawSection } from './markdown-sections.js';
import { toPlainText } from './plain-text.js';
import type { KnowledgeDocument, KnowledgeSection } from './types.js';

function fail(file: string, issues: InputIssue[]): never {
  const lines = issues.map((i) => `  - ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n');
  throw new KnowledgeError(`Invalid knowledge document ${file}:\n${lines}`, issues.map((i) => ({ ...i, path: `${file}${i.path ? `: ${i.path}` : ''}` })));
}

function readFrontMatter(file: string, source: string): { meta: FrontMatter; body: string } {
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    // The front matter starts on the file's second line, after the opening `---`.
    const detail = error instanceof YAMLException ? `${error.reason} at line ${error.mark.line + 2}, column ${error.mark.column + 1}` : String(error);
    return fail(file, [{ path: 'front matter', message: `is not valid YAML: ${detail}` }]);
  }
  if (!split) return fail(file, [{ path: 'front matter', message: 'is missing: start the file with a `---` YAML block (id, title, kind, summary, keywords)' }]);
  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) return fail(file, toInputIssues(parsed.error, ['front matter']));
  return { meta: parsed.data, body: split.body };
}

function checkSections(raw: RawSection[], meta: FrontMatter, preamble: string): InputIssue[] {
  const issues: InputIssue[] = [];
  if (preamble !== '') issues.push({ path: 'body', message: 'has text before the first `## ` heading; put it in a section' });
  const seen = new Set<string>();
  for (const s of raw) {
    const where = `section "${s.heading}" (line ${s.line} of the body)`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.slug)) issues.push({ path: where, message: `slug "${s.slug}" must be lower-case [a-z0-9-]` });
    if (seen.has(s.slug)) issues.push({ path: where, message: `slug "${s.slug}" is used twice; set distinct {#slug}s` });
    seen.add(s.slug);
    if (s.slug === SOURCES_SLUG) continue;
    const lead = leadParagraph(s.markdown);
    if (lead === null) issues.push({ path: where, message: 'must open with a lead paragraph (plain prose, the chat answer)' });
    else if (toPlainText(lead).length > MAX_LEAD_LENGTH) issues.push({ path: where, message: `lead paragraph is ${toPlainText(lead).length} characters; keep it to ${MAX_LEAD_LENGTH}` });
  }
  for (const key of Object.keys(meta.sections)) {
    if (!seen.has(key)) issues.push({ path: `front matter.sections.${key}`, message: `names no section of this document (sections: ${[...seen].join(', ')})` });
  }
  issues.push(...checkTerms(raw, meta));
  return issues;
}

/** A glossary's every section names its term; no other document's sections do. */
function checkTerms(raw: RawSection[], meta: FrontMatter): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const s of raw) {
    if (s.slug === SOURCES_SLUG) continue;
    const hints = meta.sections[s.slug];
    const path = `front matter.sections.${s.slug}`;
    if (meta.kind === 'glossary' && !(hints?.terms && hints.terms.length > 0)) {
      issues.push({ path, message: 'needs `terms`: the names people use for this term (e.g. [DLO, data lake object])' });
    }
    if (meta.kind !== 'glossary' && hints && (hints.terms || hints.deeper || hints.confusedWith)) {
      issues.push({ path, message: '`terms`, `deeper` and `confusedWith` belong to glossary entries (kind: glossary) only' });
    }
  }
  return issues;
}

function checkCitations(raw: RawSection[]): { issues: InputIssue[]; sources: string[] } {
  const sourcesSection = raw.find((s) => s.slug === SOURCES_SLUG);
  if (!sourcesSection) return { issues: [{ path: 'body', message: 'needs a final `## Sources {#sources}` section listing its sources' }], sources: [] };
  const entries = sourceEntries(sourcesSection.markdown);
  const issues: InputIssue[] = [];
  entries.forEach((e, i) => {
    if (e.number !== i + 1) issues.push({ path: 'Sources', message: `entry ${i + 1} is numbered ${e.number}; number them 1, 2, 3…` });
    if (!/^https:\/\/\S+$/.test(e.url)) issues.push({ path: 'Sources', message: `entry ${e.number} is not an https URL: ${e.url}` });
  });
  for (const s of raw) {
    if (s.slug === SOURCES_SLUG) continue;
    for (const n of citedNumbers(s.markdown)) {
      if (n < 1 || n > entries.length) issues.push({ path: `section "${s.heading}"`, message: `cites [${n}], but Sources has ${entries.length} entries` });
    }
  }
  return { issues, sources: entries.map((e) => e.url) };
}

function toSection(doc: string, s: RawSection, meta: FrontMatter): KnowledgeSection {
  const hints = meta.sections[s.slug];
  return {
    doc,
    slug: s.slug,
    heading: s.heading,
    lead: toPlainText(leadParagraph(s.markdown) ?? ''),
    text: toPlainText(s.markdown),
    hints: { keywords: hints?.keywords ?? [], questions: hints?.questions ?? [], symptoms: hints?.symptoms ?? [] },
    ...(hints?.terms ? { term: { names: hints.terms, deeper: hints.deeper, confusedWith: hints.confusedWith ?? [] } } : {}),
  };
}

/** Parses and validates one knowledge document; `file` names it in errors. */
export function parseDocument(file: string, source: string, expectedId: string): KnowledgeDocument {
  const { meta, body } = readFrontMatter(file, source);
  const { preamble, sections: raw } = splitSections(body);
  const issues: InputIssue[] = [];
  if (meta.id !== expectedId) issues.push({ path: 'front matter.id', message: `is "${meta.id}" but the file is named ${expectedId}.md; they must match` });
  if (raw.filter((s) => s.slug !== SOURCES_SLUG).length === 0) issues.push({ path: 'body', message: 'has no `## ` sections' });
  issues.push(...checkSections(raw, meta, preamble));
  const citations = checkCitations(raw);
  issues.push(...citations.issues);
  if (issues.length > 0) fail(file, issues);
  return {
    id: meta.id,
    title: meta.title,
    kind: meta.kind,
    summary: meta.summary,
    acronyms: meta.acronyms,
    terms: meta.terms,
    hints: { keywords: meta.keywords, questions: meta.questions, symptoms: meta.symptoms },
    sections: raw.filter((s) => s.slug !== SOURCES_SLUG).map((s) => toSection(meta.id, s, meta)),
    sources: citations.sources,
    file,
  };
}
