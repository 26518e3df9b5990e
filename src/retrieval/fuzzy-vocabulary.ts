import Fuse from 'fuse.js';
import { typingSlips } from './edit-distance.js';

/** A corrected word: the word meant, the term it stands for and how sure the correction is (below 1). */
export interface Correction {
  surface: string;
  term: string;
  weight: number;
}

const MAX_CACHE = 5_000;
/** Shorter words are too easily mistaken for other real words ("reset" is not a typo of "rest"). */
const MIN_LENGTH = 5;
/** Below MIN_LENGTH, only a word cut short by one letter is read as its whole ("ful" → "full"). */
const MIN_TRUNCATED_LENGTH = 3;
/** A corrected word is worth this much of a word typed right. */
const CORRECTION_WEIGHT = 0.7;

/** One slip for a short word, two for a long one. */
function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

interface Lookup {
  correction: Correction | null;
  /** The words a short word cut off by one letter may stand for, when it could be several ("los": loss, lost). */
  readings: Correction[];
}

/**
 * Fuse.js over every word the knowledge base uses, to read misspellings ("upsret",
 * "delets", "uniqe") as the words they were meant to be. Fuse.js proposes; an edit
 * distance check keeps only true near-misses, so "browser" never becomes "narrow".
 */
export class FuzzyVocabulary {
  /** One Fuse index per first letter: a slip rarely hits the first letter, and each search stays small. */
  private readonly byInitial = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Lookup>();

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

  /**
   * The term a misspelt word stands for. `fits` tells which readings suit the word's context:
   * a word cut short that could be several is read as the one reading that fits, if one does.
   */
  correct(surface: string, fits?: (term: string) => boolean): Correction | null {
    let found = this.cache.get(surface);
    if (found === undefined) {
      found = this.lookup(surface);
      if (this.cache.size >= MAX_CACHE) this.cache.clear();
      this.cache.set(surface, found);
    }
    if (found.correction || !fits) return found.correction;
    const fitting = found.readings.filter((r) => fits(r.term));
    return fitting.length === 1 ? fitting[0]! : null;
  }

  private lookup(surface: string): Lookup {
    if (surface.length < MIN_TRUNCATED_LENGTH || !/^[a-z]+$/.test(surface)) return { correction: null, readings: [] };
    if (surface.length < MIN_LENGTH) return this.swapped(surface) ?? this.completion(surface);
    return { correction: this.nearest(surface), readings: [] };
  }

  private nearest(surface: string): Correction | null {
    const max = allowedEdits(surface.length);
    let best: { word: string; distance: number; score: number } | null = null;
    for (const hit of this.fuseFor(surface[0]!).search(surface, { limit: 30 })) {
      // A short word with a letter too many is more often another word ("reset", "rest").
      if (surface.length < 7 && hit.item.length < surface.length) continue;
      const distance = typingSlips(surface, hit.item, max);
      if (distance > max) continue;
      const score = hit.score ?? 1;
      if (!best || distance < best.distance || (distance === best.distance && score < best.score)) best = { word: hit.item, distance, score };
    }
    if (!best) return null;
    const term = this.surfaceToTerm.get(best.word);
    return term === undefined ? null : { surface: best.word, term, weight: CORRECTION_WEIGHT / best.distance };
  }

  /** A short word with two neighbouring letters swapped ("kye", "slef"), when exactly one swap is a vocabulary word. */
  private swapped(surface: string): Lookup | null {
    const found = new Map<string, string>();
    for (const word of neighbourSwaps(surface)) {
      const term = this.surfaceToTerm.get(word);
      if (term !== undefined && !found.has(term)) found.set(term, word);
    }
    const [only] = found;
    return found.size === 1 && only ? { correction: { surface: only[1], term: only[0], weight: CORRECTION_WEIGHT }, readings: [] } : null;
  }

  /** The vocabulary words that are this word plus a final letter: a correction if exactly one is. */
  private completion(surface: string): Lookup {
    const words = this.fuseFor(surface[0]!)
      .search(surface, { limit: 30 })
      .map((hit) => hit.item)
      .filter((w) => w.length === surface.length + 1 && w.startsWith(surface));
    const byTerm = new Map<string, Correction>();
    for (const w of words) {
      const term = this.surfaceToTerm.get(w);
      if (term !== undefined && !byTerm.has(term)) byTerm.set(term, { surface: w, term, weight: CORRECTION_WEIGHT });
    }
    const readings = [...byTerm.values()];
    return readings.length === 1 ? { correction: readings[0]!, readings } : { correction: null, readings };
  }
}

/** The word with each pair of neighbouring letters swapped in turn ("kye" → "yke", "key"). */
export function neighbourSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    out.push(word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2));
  }
  return out;
}
