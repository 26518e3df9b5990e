import { describeRef } from '../../../src/answer/answer-topic.js';
import type { Advisor } from '../../../src/answer/advisor.js';
import { escapeMrkdwn, link } from './text.js';

/** Turns a knowledge ref (`doc` or `doc#section`) into a link, or a named ref without a docs URL. */
export type RefRenderer = (ref: string) => string;

// The refs are a few dozen fixed strings: each is rendered once per advisor and base URL.
const rendered = new WeakMap<Advisor, Map<string, string>>();

export function refRenderer(advisor: Advisor, docsBaseUrl: string | null): RefRenderer {
  let cache = rendered.get(advisor);
  if (!cache) rendered.set(advisor, (cache = new Map()));
  const memo = cache;
  const render = (ref: string): string => {
    const label = describeRef(advisor, ref);
    if (!docsBaseUrl) return `${escapeMrkdwn(label)} (\`${ref}\`)`;
    const [doc, section] = ref.split('#');
    return link(`${docsBaseUrl.replace(/\/+$/, '')}/${doc}${section ? `#${section}` : ''}`, label);
  };
  return (ref) => {
    const key = `${docsBaseUrl ?? ''}\u0000${ref}`;
    let text = memo.get(key);
    if (text === undefined) memo.set(key, (text = render(ref)));
    return text;
  };
}
