import { z } from 'zod';
import { knowledgeDir } from '../paths.js';
import { parseEnvSection, type Env } from './load-env.js';

const knowledgeSchema = z.object({
  KNOWLEDGE_DIR: z.string().optional(),
  DOCS_BASE_URL: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL, e.g. https://wiki.example.com/ingest-advisor' }).optional(),
});

export interface KnowledgeConfig {
  /** The folder of knowledge documents (the package's own `knowledge/` by default). */
  dir: string;
  /** Where the knowledge base is published, so sources can link to sections. */
  docsBaseUrl?: string;
}

export function knowledgeConfig(env: Env): KnowledgeConfig {
  const parsed = parseEnvSection(knowledgeSchema, env);
  const config: KnowledgeConfig = { dir: parsed.KNOWLEDGE_DIR ?? knowledgeDir };
  if (parsed.DOCS_BASE_URL) config.docsBaseUrl = parsed.DOCS_BASE_URL;
  return config;
}
