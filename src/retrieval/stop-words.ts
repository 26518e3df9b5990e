import { FILLER_WORDS } from './filler-words.js';

/**
 * Words that carry no topic: English function words, the filler of chat questions ("hey
 * team, quick q") and the words that only colour one (filler-words.ts). They are dropped
 * before matching on both sides.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...`a about above after again against all also am an and any anyone anything are aren arent as at be because been
  before being below between both but by can cant could couldn did didn didnt do does doesn doesnt doing don
  dont down during each either else etc even ever every few for from further get gets getting got had hadn has
  hasn have haven having he her here hers herself him himself his how i id if im in into is isn isnt it its
  itself ive let lets like ll me might mine more most much must my myself need needs no nor not now of off on
  once only or other ought our ours ourselves out over own per re s same shall she should shouldn so some
  somebody someone something such t than that thats the their theirs them themselves then there these they
  theyre this those though through thx thanks thank to too tho u under until up upon us ve very via was wasn we
  were weren what whats when where whether which while who whom whose why will with within without won would
  wouldn y yet you your yours yourself yourselves ya hey hi hello team folks guys all quick q question asking
  ask wondering anybody know knows tell explain thing things stuff way ways currently right ok okay kind sort
  lot lots want wants wanted trying try tried go goes going gonna wanna supposed seem seems one ones two yes
  able vs versus reportedly roughly approximately typically usually generally probably likely mostly always
  never`.split(/\s+/).filter(Boolean),
  ...FILLER_WORDS,
]);
