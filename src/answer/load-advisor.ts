import type { Env } from '../config/load-env.js';
import { knowledgeConfig } from '../config/knowledge-config.js';
import { loadKnowledgeBase } from '../knowledge/load.js';
import { createAdvisor, type Advisor } from './advisor.js';

/** The advisor as configured by the environment: its knowledge folder and docs URL. */
export async function loadAdvisor(env: Env): Promise<Advisor> {
  const config = knowledgeConfig(env);
  const kb = await loadKnowledgeBase(config.dir);
  return createAdvisor(kb, config.docsBaseUrl ? { docsBaseUrl: config.docsBaseUrl } : {});
}
