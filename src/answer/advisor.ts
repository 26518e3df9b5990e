import type { KnowledgeBase, KnowledgeSection } from '../knowledge/types.js';
import { buildIndex, type IndexTuning, type SearchIndex } from '../retrieval/build-index.js';
import { stripChatNoise } from '../retrieval/chat-noise.js';
import { resolveQuery, type ResolvedQuery } from '../retrieval/query-terms.js';
import { searchQuestion, searchResolved, type Hit } from '../retrieval/search.js';
import { decideBand, type BandSettings } from './band.js';
import { composeAnswer } from './compose.js';
import { DEFAULT_BANDS, MAX_SOURCES, RELATED_SHARE } from './confidence.js';
import { definitionAnswer } from './definition-answer.js';
import { UNKNOWN_ANSWER, clarifyQuestion } from './fallback.js';
import { bestPassage, splitSentences, type Sentence } from './passage.js';
import type { AnswerSource, AskResult } from './types.js';

/** Longer questions are matched on their first part; nobody types a page into chat. */
const MAX_QUESTION_LENGTH = 1_000;
/** How many ranked sections an ask looks at: the answer, its related sources, or the choices. */
const LOOKED_AT = 5;

export interface AdvisorOptions {
  /** Base URL of the rendered knowledge base; a source links to `${base}/${doc}#${section}`. */
  docsBaseUrl?: string;
  /** The bands' thresholds; DEFAULT_BANDS unless a test sets others. */
  bands?: Partial<BandSettings>;
  tuning?: IndexTuning;
}

export interface RankedSection {
  doc: string;
  section: string;
  relevance: number;
  missingAnchor: number;
  score: number;
}

export interface Advisor {
  ask(question: string): AskResult;
  /** The answer of one named section (`doc#section`): its lead, cited alone; null for an unknown reference. */
  answerSection(ref: string): AskResult | null;
  /** The raw ranking behind an answer, for evaluation and tests. */
  rank(question: string, limit: number): RankedSection[];
  readonly knowledge: KnowledgeBase;
}

const round = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;

/** The question's terms and how much each weighs (idf × how sure the word is), for choosing a passage. */
function termWeights(index: SearchIndex, query: ResolvedQuery): Map<string, number> {
  return new Map(query.terms.filter((t) => !t.term.includes('_')).map((t) => [t.term, t.weight * (index.idf.get(t.term) ?? 0)]));
}

/** Builds the index once; `ask` is then pure and fast. */
export function createAdvisor(knowledge: KnowledgeBase, options: AdvisorOptions = {}): Advisor {
  const index = buildIndex(knowledge, options.tuning);
  const bands: BandSettings = { ...DEFAULT_BANDS, ...options.bands };
  const allSections = knowledge.documents.flatMap((d) => d.sections);
  const sentences = new Map<KnowledgeSection, Sentence[]>();
  const termsOf = (text: string) => new Set(index.normaliser.tokens(text).map((t) => t.term));
  const sentencesOf = (section: KnowledgeSection) => {
    let found = sentences.get(section);
    if (!found) sentences.set(section, (found = splitSentences(section, termsOf)));
    return found;
  };

  const source = (section: KnowledgeSection, score: number): AnswerSource => {
    const s: AnswerSource = { doc: section.doc, section: section.slug, title: index.documentTitles.get(section.doc) ?? section.doc, heading: section.heading, score: round(score) };
    if (options.docsBaseUrl) s.url = `${options.docsBaseUrl.replace(/\/+$/, '')}/${section.doc}#${section.slug}`;
    return s;
  };
  // Hits come in the fused ranking's order, and their score is that ranking's: shown as it is.
  const sourcesOf = (hits: readonly Hit[]) => hits.map((h) => source(h.section, h.score));

  function answerFrom(question: string, query: ResolvedQuery, hits: Hit[]): AskResult {
    const best = hits[0]!;
    const cited = hits.filter((h) => h.relevance >= best.relevance * RELATED_SHARE).slice(0, MAX_SOURCES);
    const passage = bestPassage(best.section, sentencesOf(best.section), termWeights(index, query));
    return { question, band: 'answer', confident: true, answer: composeAnswer(passage, hits), sources: sourcesOf(cited) };
  }

  return {
    knowledge,
    answerSection(ref: string): AskResult | null {
      const named = namedSection(allSections, ref);
      return named ? { question: named.heading, band: 'answer', confident: true, answer: named.lead, sources: [source(named, 1)] } : null;
    },
    rank(question: string, limit: number): RankedSection[] {
      return searchQuestion(index, stripChatNoise(question.trim().slice(0, MAX_QUESTION_LENGTH)), limit).hits.map((h) => ({
        doc: h.section.doc,
        section: h.section.slug,
        relevance: h.relevance,
        missingAnchor: h.missingAnchor,
        score: h.score,
      }));
    },
    ask(rawQuestion: string): AskResult {
      const question = rawQuestion.trim();
      const text = stripChatNoise(question.slice(0, MAX_QUESTION_LENGTH));
      const named = namedSection(allSections, text);
      if (named) return { question, band: 'answer', confident: true, answer: named.lead, sources: [source(named, 1)] };
      const query = resolveQuery(index, text);
      // A term as written first ("sObject" is no misspelling of "subject"), then the words
      // mended and fillers gone ("what exaclty is a dlo").
      const definition = definitionAnswer(index, text) ?? (query.words === text ? null : definitionAnswer(index, query.words));
      if (definition) {
        return { question, band: 'answer', confident: true, answer: definition.answer, sources: definition.sections.map((s) => source(s, 1)) };
      }
      const found = searchResolved(index, query, LOOKED_AT);
      const { band, shown } = decideBand(found, bands);
      if (band === 'answer') return answerFrom(question, found.query, found.hits);
      const sources = sourcesOf(shown);
      const answer = band === 'clarify' ? clarifyQuestion(sources.map((s) => s.heading)) : UNKNOWN_ANSWER;
      return { question, band, confident: false, answer, sources };
    },
  };
}

/**
 * The section a question names by its reference, as checklists print them ("what is
 * gotchas#silent-auth-loss?"); none when it names none or more than one.
 */
function namedSection(sections: readonly KnowledgeSection[], text: string): KnowledgeSection | undefined {
  const named = [...text.toLowerCase().matchAll(/(?:^|[^a-z0-9#-])([a-z0-9-]+)#([a-z0-9-]+)(?![a-z0-9#-])/g)]
    .map((m) => sections.find((s) => s.doc === m[1] && s.slug === m[2]))
    .filter((s): s is KnowledgeSection => s !== undefined);
  return named.length === 1 ? named[0] : undefined;
}
