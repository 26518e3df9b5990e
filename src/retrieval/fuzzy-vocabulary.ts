import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

/** A corrected word: the term it stands for and how sure the correction is (below 1). */
export interface Correction {
  term: string;
  weight: number;
}

const MAX_CACHE = 5_000;
/** Shorter words are too easily mistaken for other real words ("reset" is not a typo of "rest"). */
const MIN_LENGTH = 5;
/** Below MIN_LENGTH, only a word cut short by one letter is read as its whole ("ful" → "full"). */
const MIN_TRUNCATED_LENGTH = 3;
/** A corrected word is worth this much of a word typed right. */
const CORRECTION_WEIGHT = 0.6;

/** One slip for a short word, two for a long one. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/**
 * Fuse.js over every word the knowledge base uses, to read misspellings ("upsret",
 * "delets", "uniqe") as the words they were meant to be. Fuse.js proposes; an edit
 * distance check keeps only true near-misses, so "browser" never becomes "narrow".
 */
export class FuzzyVocabulary {
  /** One Fuse index per first letter: a slip rarely hits the first letter, and each search stays small. */
  private readonly byInitial = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Correction | null>();

  constructor(private readonly surfaceToTerm: ReadonlyMap<string, string>) {}

  private fuseFor(initial: string): Fuse<string> {
    let fuse = this.byInitial.get(initial);
    if (!fuse) {
      const words = [...this.surfaceToTerm.keys()].filter((w) => w.startsWith(initial));
      fuse = new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true });
      this.byInitial.set(initial, fuse);
    }
    return fuse;
  }

  correct(surface: string): Correction | null {
    const cached = this.cache.get(surface);
    if (cached !== undefined) return cached;
    const result = this.lookup(surface);
    if (this.cache.size >= MAX_CACHE) this.cache.clear();
    this.cache.set(surface, result);
    return result;
  }

  private lookup(surface: string): Correction | null {
    if (surface.length < MIN_TRUNCATED_LENGTH || !/^[a-z]+$/.test(surface)) return null;
    if (surface.length < MIN_LENGTH) return this.completion(surface);
    const max = allowedEdits(surface.length);
    let best: { word: string; distance: number; score: number } | null = null;
    for (const hit of this.fuseFor(surface[0]!).search(surface, { limit: 30 })) {
      // A short word with a letter too many is more often another word ("reset", "rest").
      if (surface.length < 7 && hit.item.length < surface.length) continue;
      const distance = editDistance(surface, hit.item, max);
      if (distance > max) continue;
      const score = hit.score ?? 1;
      if (!best || distance < best.distance || (distance === best.distance && score < best.score)) best = { word: hit.item, distance, score };
    }
    if (!best) return null;
    const term = this.surfaceToTerm.get(best.word);
    return term === undefined ? null : { term, weight: CORRECTION_WEIGHT / best.distance };
  }

  /** The one vocabulary word that is this word plus a final letter, if exactly one is. */
  private completion(surface: string): Correction | null {
    const words = this.fuseFor(surface[0]!)
      .search(surface, { limit: 30 })
      .map((hit) => hit.item)
      .filter((w) => w.length === surface.length + 1 && w.startsWith(surface));
    const terms = new Set(words.map((w) => this.surfaceToTerm.get(w)));
    const [term] = terms;
    return terms.size === 1 && term !== undefined ? { term, weight: CORRECTION_WEIGHT } : null;
  }
}
