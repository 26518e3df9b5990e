import { describe, expect, it } from 'vitest';
import { loadAdvisor } from '../../src/answer/load-advisor.js';
import { askRef } from '../../src/landing/ask-ref.js';
import { NOT_LANDING_ORDER } from '../../src/landing/reasons.js';

const advisor = await loadAdvisor({});

describe('the knowledge a not-landing button asks about', () => {
  const refs = [...new Set(NOT_LANDING_ORDER.flatMap((reason) => [askRef(reason, null), askRef(reason, 'AUTH_FAILED'), askRef(reason, 'FILE_NOT_FOUND')]))];

  it.each(refs)('%s is answered with confidence, from that very section, when asked as a typed question', (ref) => {
    const result = advisor.ask(ref);
    expect(result.confident).toBe(true);
    expect(`${result.sources[0]!.doc}#${result.sources[0]!.section}`).toBe(ref);
  });
});
