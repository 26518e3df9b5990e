import { apiFit } from './api-fit.js';
import { category } from './category.js';
import { connectorFirst } from './connector-first.js';
import { deletes } from './deletes.js';
import { freshness } from './freshness.js';
import { fullRefreshCost } from './full-refresh-cost.js';
import { key } from './key.js';
import { modeSupported } from './mode-supported.js';
import { ownership } from './ownership.js';
import type { Rule } from './rule.js';
import { use } from './use.js';

/** Every rule, in the spec's order: a review lists them in exactly this order. */
export const RULES: readonly Rule[] = [
  freshness,
  key,
  deletes,
  fullRefreshCost,
  category,
  use,
  ownership,
  apiFit,
  connectorFirst,
  modeSupported,
];

export type { Rule, RuleContext, RuleOutcome } from './rule.js';
