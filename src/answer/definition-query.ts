/**
 * The shapes of a question that asks what a term is ("what is a DLO", "what does DMO stand
 * for", "DLO?") or how two terms differ ("dlo vs dmo", "difference between upsert and full
 * refresh"). Only the shape is read here; whether the words name a glossary term is decided
 * by the glossary, so "what is the event time field and can I edit it" is no definition.
 */
export type DefinitionQuery = { kind: 'define'; term: string } | { kind: 'compare'; terms: [string, string] };

const ARTICLE = String.raw`(?:(?:a|an|the|our|my)\s+)?`;
// Words that add nothing to what is asked: "what exactly is a data stream in data cloud".
const TRAILING = /\s+(?:(?:exactly|again|actually|really|even|anyway|precisely|for real|then|here|there)|(?:in|on|for|within|inside)\s+(?:the\s+)?(?:data\s*360|data\s*cloud|d360|dc|cdp|salesforce|sf|sfdc|this context|ingestion))$/;
const LEADING = /^(?:(?:can|could)\s+(?:someone|somebody|anyone|you)\s+(?:explain|tell me|remind me)(?:\s+(?:what|about))?|(?:i\s+)?(?:don'?t|do not)\s+(?:get|understand|know)(?:\s+what)?|(?:remind me|tell me|explain)(?:\s+(?:what|about))?|eli5|(?:so|and|but|ok)\s+)\s*/;

const COMPARE: readonly RegExp[] = [
  new RegExp(String.raw`^(?:what(?:'?s| is| are)\s+)?(?:the\s+)?(?:main\s+|real\s+|key\s+)?(?:difference|differences|diff)\s+(?:is\s+there\s+)?between\s+${ARTICLE}(.+?)\s+(?:and|vs\.?|versus|&)\s+${ARTICLE}(.+)$`),
  new RegExp(String.raw`^${ARTICLE}(.+?)\s+(?:vs\.?|versus|v\.?|compared (?:to|with))\s+${ARTICLE}(.+?)(?:\s*[,:-]?\s*(?:\S+\s+){0,2}(?:the\s+)?(?:difference|diff))?$`),
  new RegExp(String.raw`^(?:is|are)\s+${ARTICLE}(.+?)\s+(?:the same (?:thing )?as|same as|different (?:from|than|to)|just)\s+${ARTICLE}(.+)$`),
  new RegExp(String.raw`^how\s+(?:is|are|does|do)\s+${ARTICLE}(.+?)\s+differ(?:ent)?\s+(?:from|than|to)\s+${ARTICLE}(.+)$`),
];

const DEFINE: readonly RegExp[] = [
  new RegExp(String.raw`^what\s+(?:does|do)\s+${ARTICLE}(.+?)\s+(?:stand for|mean|refer to|abbreviate)$`),
  new RegExp(String.raw`^(?:what|waht|whta|wat|wht)(?:\s+(?:exactly|precisely|actually|really))?(?:'?s|'?re|\s+is|\s+are|\s+r)\s+${ARTICLE}(.+)$`),
  new RegExp(String.raw`^(?:define|definition of|meaning of|what is meant by)\s+${ARTICLE}(.+)$`),
  new RegExp(String.raw`^${ARTICLE}(.+?)\s+(?:meaning|definition|stands for|acronym|abbreviation)$`),
];

/** A bare term ("DLO?", "data kit"); a question word in it makes it a question about the term instead. */
const BARE = new RegExp(String.raw`^${ARTICLE}(.+)$`);
const QUESTION_WORD = /\b(?:where|how|when|why|which|who|whom|can|could|should|would|will|does|do|did|is|are|was|were|what|whats|if|vs)\b/;

function clean(text: string): string {
  let out = text.toLowerCase().replace(/[“”"`*]/g, '').replace(/’/g, "'").replace(/[?!.。]+$/g, '').replace(/\s+/g, ' ').trim();
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(LEADING, '').replace(TRAILING, '').replace(/[?!.,:;]+$/g, '').trim();
  }
  return out;
}

/** "what a data space is" leaves "data space is", "what is X for" leaves "X for": those words belong to the shape, not the term. */
const part = (text: string | undefined): string => clean(text ?? '').replace(/\s+(?:is|are|means?|(?:used |good |meant )?for|(?:all )?about|to me)$/, '');

/** The definition or comparison a question asks for, by its shape alone; null for any other question. */
export function parseDefinitionQuery(question: string): DefinitionQuery | null {
  const text = clean(question);
  if (text === '' || text.length > 120) return null;
  for (const pattern of COMPARE) {
    const match = pattern.exec(text);
    if (match) return { kind: 'compare', terms: [part(match[1]), part(match[2])] };
  }
  for (const pattern of DEFINE) {
    const match = pattern.exec(text);
    if (match) return { kind: 'define', term: part(match[1]) };
  }
  const bare = BARE.exec(text);
  const term = part(bare?.[1]);
  return term !== '' && !QUESTION_WORD.test(term) ? { kind: 'define', term } : null;
}
