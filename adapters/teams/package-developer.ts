import { z } from 'zod';
import { parseEnvSection, type Env } from '../../src/config/load-env.js';

/** The manifest's `developer` block: Teams shows it on the app's page (name, website, privacy, terms). */
export interface Developer {
  name: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

// Teams accepts only https links here, of at most 2,048 characters; a developer name of at most 32.
const pageUrl = z
  .string()
  .max(2048, { message: 'must be at most 2,048 characters' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', { message: 'must be an https:// address, such as https://www.example.org/privacy' });

const developerSchema = z.object({
  TEAMS_DEVELOPER_NAME: z.string().max(32, { message: 'must be at most 32 characters (Teams shows it on the app page)' }).optional(),
  TEAMS_WEBSITE_URL: pageUrl.optional(),
  TEAMS_PRIVACY_URL: pageUrl.optional(),
  TEAMS_TERMS_URL: pageUrl.optional(),
});

/** Each setting and the manifest field it fills. */
export const DEVELOPER_URL_SETTINGS = { TEAMS_WEBSITE_URL: 'websiteUrl', TEAMS_PRIVACY_URL: 'privacyUrl', TEAMS_TERMS_URL: 'termsOfUseUrl' } as const;
export type DeveloperUrlSetting = keyof typeof DEVELOPER_URL_SETTINGS;

/** Addresses reserved for documentation (RFC 2606), as the committed manifest's are: they lead nowhere. */
function isPlaceholderUrl(value: string): boolean {
  if (!URL.canParse(value)) return true;
  const host = new URL(value).hostname.toLowerCase();
  return /(^|\.)example\.(com|net|org)$/.test(host) || /\.(example|test|invalid|localhost)$/.test(host) || host === 'localhost';
}

/**
 * The developer block for the package: the settings where given, else the manifest's own, and
 * the settings whose value is still a placeholder.
 */
export function developerBlock(env: Env, committed: Developer): { developer: Developer; placeholders: DeveloperUrlSetting[] } {
  const vars = parseEnvSection(developerSchema, env);
  const developer: Developer = {
    name: vars.TEAMS_DEVELOPER_NAME ?? committed.name,
    websiteUrl: vars.TEAMS_WEBSITE_URL ?? committed.websiteUrl,
    privacyUrl: vars.TEAMS_PRIVACY_URL ?? committed.privacyUrl,
    termsOfUseUrl: vars.TEAMS_TERMS_URL ?? committed.termsOfUseUrl,
  };
  const placeholders = (Object.keys(DEVELOPER_URL_SETTINGS) as DeveloperUrlSetting[]).filter((setting) => isPlaceholderUrl(developer[DEVELOPER_URL_SETTINGS[setting]]));
  return { developer, placeholders };
}
