import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/knowledge/load.js';
import { packageRoot } from '../../src/paths.js';
import { buildIndex } from '../../src/retrieval/build-index.js';
import { candidates } from '../../src/retrieval/candidates.js';
import { FIELD_NAMES, type FieldName } from '../../src/retrieval/fields.js';

const index = buildIndex(await loadKnowledgeBase(join(packageRoot, 'test/fixtures/knowledge-mini'), { required: [] }));

function shares(question: string, slug: string): Record<FieldName, number> {
  const found = candidates(index, question).find((c) => c.section.slug === slug);
  if (!found) throw new Error(`no candidate ${slug} for "${question}"`);
  return Object.fromEntries(FIELD_NAMES.map((name, i) => [name, found.fields[i]!])) as Record<FieldName, number>;
}

describe('field shares', () => {
  it('credit a word to the fields that hold it, and to no other', () => {
    // "saved" is only in the colours section's body.
    const saved = shares('saved', 'widget-colours');
    expect(saved.body).toBeGreaterThan(0);
    for (const name of FIELD_NAMES.filter((n) => n !== 'body' && n !== 'lead')) expect(saved[name]).toBe(0);
  });

  it('saturate per field: a heading that holds the whole question scores as high as a body that repeats it', () => {
    const colours = shares('colours', 'widget-colours');
    expect(colours.heading).toBeGreaterThan(0.5);
    expect(colours.heading).toBeLessThan(1);
    expect(colours.symptoms).toBe(0);
  });

  it('are shares of the whole question, so words the section lacks lower them', () => {
    const alone = shares('colours', 'widget-colours').heading;
    const diluted = shares('colours uniqueness', 'widget-colours').heading;
    expect(diluted).toBeLessThan(alone);
    expect(diluted).toBeGreaterThan(0);
  });
});
