import { describeRef } from '../../../src/answer/describe-ref.js';
import type { Advisor } from '../../../src/answer/advisor.js';
import { escapeMrkdwn, link } from './text.js';

/** Turns a knowledge ref (`doc` or `doc#section`) into a link, or a named ref without a docs URL. */
export type RefRenderer = (ref: string) => string;

function render(advisor: Advisor, docsBaseUrl: string | null, ref: string): string {
  const label = describeRef(advisor, ref);
  if (!docsBaseUrl) return `${escapeMrkdwn(label)} (\`${ref}\`)`;
  const [doc, section] = ref.split('#');
  return link(`${docsBaseUrl.replace(/\/+$/, '')}/${doc}${section ? `#${section}` : ''}`, label);
}

// The refs are a few dozen fixed strings: each is rendered once per advisor and base URL, and the
// renderer itself is made once too, since every checklist asks for one.
const renderers = new WeakMap<Advisor, Map<string, RefRenderer>>();

export function refRenderer(advisor: Advisor, docsBaseUrl: string | null): RefRenderer {
  let byUrl = renderers.get(advisor);
  if (!byUrl) renderers.set(advisor, (byUrl = new Map()));
  // No URL and an empty one render alike.
  const url = docsBaseUrl ?? '';
  let renderer = byUrl.get(url);
  if (!renderer) {
    const memo = new Map<string, string>();
    renderer = (ref) => {
      let text = memo.get(ref);
      if (text === undefined) memo.set(ref, (text = render(advisor, docsBaseUrl, ref)));
      return text;
    };
    byUrl.set(url, renderer);
  }
  return renderer;
}
