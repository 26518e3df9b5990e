import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/errors.js';
import { GOTCHA_SLUGS, REQUIRED_DOCUMENT_IDS } from '../../src/knowledge/contract.js';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { knowledgeDir, packageRoot } from '../../src/paths.js';

const mini = join(packageRoot, 'test/fixtures/knowledge-mini');
const valid = `---
id: doc
title: A document
kind: reference
summary: Something.
keywords: [thing]
---

## First

The lead paragraph [1].

## Sources {#sources}

1. https://help.salesforce.com/x
`;

function folderWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  writeFileSync(join(dir, name), text);
  return dir;
}

async function loadError(name: string, text: string): Promise<KnowledgeError> {
  const error = await loadKnowledgeBase(folderWith(name, text), { required: [] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe('the real knowledge folder', () => {
  it('loads every contract document, the gotcha slugs and the sources', async () => {
    const kb = await loadKnowledgeBase();
    expect(kb.documents.map((d) => d.id)).toEqual(expect.arrayContaining([...REQUIRED_DOCUMENT_IDS]));
    const gotchas = kb.documents.find((d) => d.id === 'gotchas')!;
    expect(gotchas.sections.map((s) => s.slug)).toEqual([...GOTCHA_SLUGS]);
    for (const doc of kb.documents) {
      expect(doc.sources.length, doc.id).toBeGreaterThan(0);
      for (const s of doc.sections) expect(s.lead.length, `${doc.id}#${s.slug}`).toBeGreaterThan(40);
    }
  });

  it('keeps a changelog beside the documents without loading it as one', async () => {
    expect(existsSync(join(knowledgeDir, 'CHANGELOG.md'))).toBe(true);
    const kb = await loadKnowledgeBase();
    expect(kb.documents.map((d) => d.file)).not.toContainEqual(expect.stringContaining('CHANGELOG'));
  });
});

describe('loadKnowledgeBase', () => {
  it('parses sections, explicit slugs, hints, acronyms and plain-text leads', async () => {
    const kb = await loadKnowledgeBase(mini, { required: [] });
    const [doc] = kb.documents;
    expect(doc!.sections.map((s) => s.slug)).toEqual(['widget-keys', 'widget-colours']);
    expect(doc!.hints.keywords).toContain('429');
    expect(doc!.acronyms).toEqual({ WK: 'widget key' });
    const keys = doc!.sections[0]!;
    expect(keys.lead).toBe('Every widget has a widget key, and the key must be unique or widgets overwrite each other.');
    expect(keys.text).toContain('More detail about widget keys, with emphasis and a link.');
    expect(keys.hints.symptoms).toEqual(['widgets overwrite each other']);
    expect(doc!.sections[1]!.text).toContain('Still part of the colours section.');
  });

  it('ignores README.md and CHANGELOG.md, which are about the documents', async () => {
    const dir = folderWith('doc.md', valid);
    writeFileSync(join(dir, 'README.md'), 'How we write documents: no front matter here.\n');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changes\n\n- 2026-12: a correction, with no front matter.\n');
    const kb = await loadKnowledgeBase(dir, { required: [] });
    expect(kb.documents.map((d) => d.id)).toEqual(['doc']);
  });

  it('requires the contract documents unless told otherwise', async () => {
    await expect(loadKnowledgeBase(mini)).rejects.toThrow(/missing gotchas\.md/);
  });

  it('names the file and the field of a bad front matter value', async () => {
    const error = await loadError('doc.md', valid.replace('kind: reference', 'kind: essay'));
    expect(error.message).toContain('doc.md');
    expect(error.message).toContain('front matter.kind');
  });

  it('rejects unknown front matter keys, naming them', async () => {
    const error = await loadError('doc.md', valid.replace('keywords: [thing]', 'keywords: [thing]\nkeywrods: [oops]'));
    expect(error.message).toContain('front matter.keywrods');
  });

  it('rejects a file whose id differs from its name', async () => {
    const error = await loadError('other.md', valid);
    expect(error.message).toMatch(/id.*"doc".*other\.md/);
  });

  it('rejects invalid YAML and missing front matter', async () => {
    expect((await loadError('doc.md', valid.replace('keywords: [thing]', 'keywords: [thing'))).message).toContain('not valid YAML');
    expect((await loadError('doc.md', '## First\n\nText.\n')).message).toContain('front matter: is missing');
  });

  it('rejects a citation that names no source', async () => {
    const error = await loadError('doc.md', valid.replace('The lead paragraph [1].', 'The lead paragraph [2].'));
    expect(error.message).toContain('cites [2], but Sources has 1 entries');
  });

  it('rejects a section without a lead paragraph or with a long one', async () => {
    expect((await loadError('doc.md', valid.replace('The lead paragraph [1].', '- a list first [1]'))).message).toContain('must open with a lead paragraph');
    expect((await loadError('doc.md', valid.replace('The lead paragraph [1].', `${'word '.repeat(100)}[1]`))).message).toContain('keep it to 450');
  });

  it('rejects hints for a section that does not exist', async () => {
    const error = await loadError('doc.md', valid.replace('keywords: [thing]', 'keywords: [thing]\nsections:\n  nowhere:\n    keywords: [x]'));
    expect(error.message).toContain('sections.nowhere');
  });

  it('rejects text before the first section and duplicate slugs', async () => {
    expect((await loadError('doc.md', valid.replace('## First', 'Stray text.\n\n## First'))).message).toContain('before the first');
    expect((await loadError('doc.md', valid.replace('## First', '## First\n\nLead one [1].\n\n## First'))).message).toContain('used twice');
  });

  it('requires a Sources section', async () => {
    const error = await loadError('doc.md', valid.replace(/## Sources[\s\S]*$/, ''));
    expect(error.message).toContain('Sources');
  });
});

describe('glossary entries', () => {
  const glossary = (sections: string, body: string) => `---
id: glossary
title: Terms
kind: glossary
summary: Terms.
keywords: [term]
sections:
${sections}
---

${body}
## Sources {#sources}

1. https://help.salesforce.com/x
`;
  const entries = `## DLO (data lake object) {#dlo}

A data lake object is where a stream lands its rows [1].

## DMO (data model object) {#dmo}

A data model object is a view over mapped DLO fields [1].

`;

  it('reads the names, the deeper section and the look-alikes of each term', async () => {
    const text = glossary('  dlo:\n    terms: [DLO, data lake object]\n    deeper: glossary#dmo\n    confusedWith: [dmo]\n  dmo:\n    terms: [DMO]', entries);
    const kb = await loadKnowledgeBase(folderWith('glossary.md', text), { required: [] });
    const [dlo, dmo] = kb.documents[0]!.sections;
    expect(dlo!.term).toEqual({ names: ['DLO', 'data lake object'], deeper: 'glossary#dmo', confusedWith: ['dmo'] });
    expect(dmo!.term).toEqual({ names: ['DMO'], deeper: undefined, confusedWith: [] });
  });

  it('refuses an entry without terms, and terms outside a glossary', async () => {
    const missing = await loadError('glossary.md', glossary('  dlo:\n    terms: [DLO]', entries));
    expect(missing.message).toContain('front matter.sections.dmo: needs `terms`');
    const stray = await loadError('doc.md', valid.replace('keywords: [thing]', 'keywords: [thing]\nsections:\n  first:\n    terms: [X]'));
    expect(stray.message).toContain('belong to glossary entries');
  });

  it('refuses a deeper section or a look-alike that does not exist', async () => {
    const text = glossary('  dlo:\n    terms: [DLO]\n    deeper: data-streams#nowhere\n    confusedWith: [dmx]\n  dmo:\n    terms: [DMO]', entries);
    const error = await loadError('glossary.md', text);
    expect(error.message).toContain('deeper names data-streams#nowhere');
    expect(error.message).toContain('confusedWith names dmx');
  });
});

describe('glossary names', () => {
  it('refuses a name two entries claim', async () => {
    const text = `---
id: glossary
title: Terms
kind: glossary
summary: Terms.
keywords: [term]
sections:
  dlo:
    terms: [DLO, lake table]
  dmo:
    terms: [DMO, Lake-table]
---

## DLO {#dlo}

A data lake object is where a stream lands its rows [1].

## DMO {#dmo}

A data model object is a view over mapped DLO fields [1].

## Sources {#sources}

1. https://help.salesforce.com/x
`;
    const error = await loadError('glossary.md', text);
    expect(error.message).toContain('sections.dmo.terms names "Lake-table", which dlo names already');
  });
});
