import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import type { Retriever } from './evaluate.js';

interface SectionDoc {
  id: string;
  heading: string;
  keywords: string;
  questions: string;
  lead: string;
  body: string;
  document: string;
}

/**
 * The off-the-shelf baseline retrieval is judged against: MiniSearch (BM25 with field boosts,
 * fuzzy and prefix matching) over the same sections and front matter, with its defaults
 * otherwise. It has no notion of confidence, so it answers whatever it finds.
 */
export function miniSearchBaseline(kb: KnowledgeBase): Retriever {
  const docs: SectionDoc[] = kb.documents.flatMap((doc) => {
    const document = [doc.title, doc.summary, ...doc.hints.keywords, ...doc.hints.questions, ...doc.hints.symptoms].join(' ');
    return doc.sections.map((s) => ({
      id: `${doc.id}#${s.slug}`,
      heading: s.heading,
      keywords: [...s.hints.keywords, ...(s.term?.names ?? [])].join(' '),
      questions: [...s.hints.questions, ...s.hints.symptoms].join(' '),
      lead: s.lead,
      body: s.text,
      document,
    }));
  });
  const index = new MiniSearch<SectionDoc>({
    fields: ['heading', 'keywords', 'questions', 'lead', 'body', 'document'],
    searchOptions: { boost: { heading: 3, keywords: 2.5, questions: 2, lead: 1.5, body: 0.8, document: 0.8 }, fuzzy: 0.2, prefix: true },
  });
  index.addAll(docs);
  return {
    ask(question: string) {
      const found = index.search(question).slice(0, 3);
      const sources = found.map((r) => String(r.id));
      return { band: sources.length > 0 ? 'answer' : 'unknown', sources };
    },
  };
}
