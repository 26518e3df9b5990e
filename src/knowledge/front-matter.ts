import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { DOCUMENT_KINDS } from './types.js';

const text = z.string().trim().min(1, { message: 'must not be empty' });
// YAML reads a bare `429` or `2025` as a number; in a keyword list it is still a word.
const word = z.union([text, z.number().transform(String)]);
const texts = z.array(word).default([]);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a lower-case hyphenated slug' });

const ref = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*#[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be a section reference, doc#section' });

const hintsSchema = z
  .object({
    keywords: texts,
    questions: texts,
    symptoms: texts,
    /** Glossary entries only: the names of the term, the section that goes deeper, look-alikes. */
    terms: z.array(word).optional(),
    deeper: ref.optional(),
    confusedWith: z.array(slug).optional(),
  })
  .strict();

export const frontMatterSchema = z
  .object({
    id: slug,
    title: text,
    kind: z.enum(DOCUMENT_KINDS),
    summary: text,
    keywords: z.array(word).min(1, { message: 'needs at least one keyword' }),
    acronyms: z.record(z.string().regex(/^[A-Za-z0-9]{2,10}$/, { message: 'acronyms are 2-10 letters or digits' }), text).default({}),
    /** Data 360 terms the document relies on; each must have a glossary entry (a test holds that). */
    terms: texts,
    questions: texts,
    symptoms: texts,
    sections: z.record(slug, hintsSchema).default({}),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

export interface SplitDocument {
  /** The parsed YAML, not yet validated. */
  data: unknown;
  body: string;
  /** 1-based line number where the body starts, for error messages. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`; returns null when the file has no front matter. */
export function splitFrontMatter(source: string): SplitDocument | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return null;
  const yamlText = match[1] ?? '';
  return {
    data: load(yamlText, { schema: CORE_SCHEMA }),
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
