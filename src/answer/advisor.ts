import type { KnowledgeBase } from '../knowledge/types.js';
import { buildIndex, type IndexTuning, type SearchIndex } from '../retrieval/build-index.js';
import { FITTED_MODEL } from '../retrieval/model-weights.js';
import type { RankingModel } from '../retrieval/ranking-model.js';
import { search, type Hit } from '../retrieval/search.js';
import { composeAnswer } from './compose.js';
import { CLOSEST_TOPIC_RELEVANCE, MAX_SOURCES, RELATED_SHARE, isConfident } from './confidence.js';
import { fallbackAnswer } from './fallback.js';
import type { AnswerSource, AskResult } from './types.js';

/** Longer questions are matched on their first part; nobody types a page into chat. */
const MAX_QUESTION_LENGTH = 1_000;

export interface AdvisorOptions {
  /** Base URL of the rendered knowledge base; a source links to `${base}/${doc}#${section}`. */
  docsBaseUrl?: string;
  /** The confidence (0-1) an answer needs; the ranking model's own threshold by default. */
  confidenceThreshold?: number;
  tuning?: IndexTuning;
  model?: RankingModel;
}

export interface RankedSection {
  doc: string;
  section: string;
  relevance: number;
  missingAnchor: number;
  confidence: number;
}

export interface Advisor {
  ask(question: string): AskResult;
  /** The raw ranking behind an answer, for evaluation and "closest topics". */
  rank(question: string, limit: number): RankedSection[];
  readonly knowledge: KnowledgeBase;
}

function toSource(hit: Hit, index: SearchIndex, docsBaseUrl?: string): AnswerSource {
  const { doc, slug, heading } = hit.section;
  const source: AnswerSource = {
    doc,
    section: slug,
    title: index.documentTitles.get(doc) ?? doc,
    heading,
    score: Math.round(Math.max(0, 1 - hit.relevance) * 1000) / 1000,
  };
  if (docsBaseUrl) source.url = `${docsBaseUrl.replace(/\/+$/, '')}/${doc}#${slug}`;
  return source;
}

/** Builds the index once; `ask` is then pure and fast. */
export function createAdvisor(knowledge: KnowledgeBase, options: AdvisorOptions = {}): Advisor {
  const index = buildIndex(knowledge, options.tuning);
  const model = options.model ?? FITTED_MODEL;
  const threshold = options.confidenceThreshold ?? model.threshold;
  return {
    knowledge,
    rank(question: string, limit: number): RankedSection[] {
      return search(index, question.trim().slice(0, MAX_QUESTION_LENGTH), limit, model).map((h) => ({ doc: h.section.doc, section: h.section.slug, relevance: h.relevance, missingAnchor: h.missingAnchor, confidence: h.confidence }));
    },
    ask(rawQuestion: string): AskResult {
      const question = rawQuestion.trim();
      const hits = search(index, question.slice(0, MAX_QUESTION_LENGTH), 5, model);
      const best = hits[0];
      if (!best || !isConfident(best, threshold)) {
        const closest = hits.filter((h) => h.relevance >= CLOSEST_TOPIC_RELEVANCE).slice(0, MAX_SOURCES);
        const names = closest.map((h) => `${index.documentTitles.get(h.section.doc) ?? h.section.doc} › ${h.section.heading}`);
        return { question, confident: false, answer: fallbackAnswer(knowledge, names), sources: closest.map((h) => toSource(h, index, options.docsBaseUrl)) };
      }
      const cited = hits.filter((h) => h.relevance >= best.relevance * RELATED_SHARE).slice(0, MAX_SOURCES);
      return { question, confident: true, answer: composeAnswer(hits), sources: cited.map((h) => toSource(h, index, options.docsBaseUrl)) };
    },
  };
}
