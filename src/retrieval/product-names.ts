/**
 * Index terms (after normalisation: synonyms, acronyms, bigrams) that only Data 360 uses. A
 * question naming one is about Data 360 whatever else it says ("steps to push records from our
 * node backend into data 360"), so an everyday word the knowledge base lacks ("node", "prod")
 * does not make it off-topic; only which section answers it is in doubt.
 */
const PRODUCT_TERMS: ReadonlySet<string> = new Set(['data360', 'dlo', 'dmo', 'data_stream', 'ingest_api']);

export function namesProduct(terms: ReadonlyArray<{ term: string }>): boolean {
  return terms.some((t) => PRODUCT_TERMS.has(t.term));
}
