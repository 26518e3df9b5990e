import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { KnowledgeError } from '../errors.js';
import { knowledgeDir } from '../paths.js';
import { GOTCHA_SLUGS, isDocumentFile, REQUIRED_DOCUMENT_IDS } from './contract.js';
import { parseDocument } from './parse-document.js';
import type { KnowledgeBase, KnowledgeDocument } from './types.js';

export interface LoadOptions {
  /** Document ids that must be present (the contract's documents by default; `[]` for a test folder). */
  required?: readonly string[];
}

function checkContract(documents: KnowledgeDocument[], required: readonly string[], dir: string): void {
  const ids = new Set(documents.map((d) => d.id));
  const missing = required.filter((id) => !ids.has(id));
  if (missing.length > 0) {
    throw new KnowledgeError(`The knowledge folder ${dir} is missing ${missing.map((m) => `${m}.md`).join(', ')}; these document ids are fixed by the knowledge contract.`);
  }
  const gotchas = documents.find((d) => d.id === 'gotchas');
  if (!gotchas || !required.includes('gotchas')) return;
  const slugs = new Set(gotchas.sections.map((s) => s.slug));
  const absent = GOTCHA_SLUGS.filter((s) => !slugs.has(s));
  if (absent.length > 0) throw new KnowledgeError(`${gotchas.file} lacks the gotcha section(s) ${absent.join(', ')}; give their headings these explicit {#slug}s.`);
}

/** A glossary entry's `deeper` must name a real section, and `confusedWith` other entries. */
function checkTermRefs(documents: KnowledgeDocument[]): void {
  const refs = new Set(documents.flatMap((d) => d.sections.map((s) => `${d.id}#${s.slug}`)));
  const problems: string[] = [];
  const claimed = new Map<string, string>();
  for (const doc of documents) {
    const entries = new Set(doc.sections.map((s) => s.slug));
    for (const section of doc.sections) {
      const term = section.term;
      if (!term) continue;
      if (term.deeper && !refs.has(term.deeper)) problems.push(`${doc.file}: sections.${section.slug}.deeper names ${term.deeper}, which is no section of the knowledge base`);
      for (const name of term.names) {
        const key = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
        const owner = claimed.get(key);
        if (owner !== undefined && owner !== section.slug) problems.push(`${doc.file}: sections.${section.slug}.terms names "${name}", which ${owner} names already; a name belongs to one entry`);
        claimed.set(key, owner ?? section.slug);
      }
      for (const other of term.confusedWith) {
        if (!entries.has(other) || other === section.slug) problems.push(`${doc.file}: sections.${section.slug}.confusedWith names ${other}, which is no other entry of this glossary`);
      }
    }
  }
  if (problems.length > 0) throw new KnowledgeError(`Invalid glossary references:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Loads and validates every `*.md` in the folder (README.md and CHANGELOG.md excepted). */
export async function loadKnowledgeBase(dir: string = knowledgeDir, options: LoadOptions = {}): Promise<KnowledgeBase> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isDocumentFile).sort();
  } catch (error) {
    throw new KnowledgeError(`Cannot read the knowledge folder ${dir}: ${(error as Error).message}`);
  }
  const documents = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const shown = relative(process.cwd(), path) || path;
      return parseDocument(shown.startsWith('..') ? path : shown, await readFile(path, 'utf8'), basename(name, '.md'));
    }),
  );
  checkContract(documents, options.required ?? REQUIRED_DOCUMENT_IDS, dir);
  checkTermRefs(documents);
  return { documents };
}
