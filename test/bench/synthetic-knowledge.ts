import type { KnowledgeBase, KnowledgeDocument } from '../../src/knowledge/types.js';

/** A deterministic pseudo-random generator, so every run benchmarks the same base. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 4_294_967_296;
    return state / 4_294_967_296;
  };
}

/** A knowledge base of `sections` sections whose words are drawn from the real base's vocabulary. */
export function syntheticKnowledge(real: KnowledgeBase, sections: number, perDocument = 100): KnowledgeBase {
  const words = [...new Set(real.documents.flatMap((d) => d.sections.flatMap((s) => s.text.toLowerCase().split(/[^a-z0-9]+/))))].filter((w) => w.length > 2);
  const next = random(42);
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]!).join(' ');
  const documents: KnowledgeDocument[] = [];
  for (let d = 0; d * perDocument < sections; d++) {
    const id = `synthetic-${d}`;
    const count = Math.min(perDocument, sections - d * perDocument);
    documents.push({
      id,
      title: pick(4),
      kind: 'reference',
      summary: pick(20),
      acronyms: {},
      terms: [],
      hints: { keywords: [pick(2), pick(2), pick(1)], questions: [pick(7)], symptoms: [] },
      sources: ['https://help.salesforce.com/'],
      file: `${id}.md`,
      sections: Array.from({ length: count }, (_, s) => ({
        doc: id,
        slug: `section-${s}`,
        heading: pick(5),
        lead: pick(35),
        text: pick(220),
        hints: { keywords: [pick(2), pick(2), pick(1), pick(1)], questions: [pick(8), pick(8), pick(6)], symptoms: [pick(6), pick(6)] },
      })),
    });
  }
  return { documents };
}
