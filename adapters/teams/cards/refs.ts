import { describeRef } from '../../../src/answer/describe-ref.js';
import type { Advisor } from '../../../src/answer/advisor.js';
import { link, literal } from './text.js';

/** Turns a knowledge ref (`doc` or `doc#section`) into a link, or a named ref without a docs URL. */
export type RefRenderer = (ref: string) => string;

export function refRenderer(advisor: Advisor, docsBaseUrl: string | null): RefRenderer {
  return (ref) => {
    const label = describeRef(advisor, ref);
    if (!docsBaseUrl) return `${literal(label)} (${literal(ref)})`;
    const [doc, section] = ref.split('#');
    return link(`${docsBaseUrl.replace(/\/+$/, '')}/${doc}${section ? `#${section}` : ''}`, label);
  };
}
