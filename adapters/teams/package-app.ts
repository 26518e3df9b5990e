import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { parseEnvSection, readEnv, type Env } from '../../src/config/load-env.js';
import { ConfigError, isAdvisorError } from '../../src/errors.js';
import { DEVELOPER_URL_SETTINGS, developerBlock, type Developer } from './package-developer.js';

/**
 * `npm run teams:package`: the zip to upload to Teams (Apps › Manage your apps › Upload an app):
 * manifest.json with the app and bot id set to MicrosoftAppId, the version to the package's and
 * the developer block to the TEAMS_* settings, and the two icons. Writes dist/teams-app.zip, or
 * the path given as an argument.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');

const packageSchema = z.object({
  MicrosoftAppId: z
    .string({ message: 'is required: the Azure Bot registration’s Microsoft App ID, which Teams uses as the app and bot id' })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'must be a GUID such as 00000000-0000-0000-0000-000000000000' }),
});

interface Manifest {
  id: string;
  version: string;
  developer: Developer;
  bots: Array<{ botId: string }>;
  [key: string]: unknown;
}

export interface PackageOptions {
  /** Build even though the developer links are still the placeholders (a trial package). */
  allowPlaceholders?: boolean;
}

export interface Package {
  manifest: Manifest;
  /** What the person should know about a package that was built anyway. */
  warnings: string[];
}

/**
 * The manifest with this deployment's ids and developer links. Teams shows the links on the
 * app's page, so placeholders stop the build unless asked for.
 */
export function packagedManifest(env: Env, options: PackageOptions = {}): Package {
  const { MicrosoftAppId: appId } = parseEnvSection(packageSchema, env);
  const manifest = JSON.parse(readFileSync(resolve(HERE, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  const { developer, placeholders } = developerBlock(env, manifest.developer);
  const warnings: string[] = [];
  if (placeholders.length > 0) {
    const names = placeholders.join(', ');
    const links = placeholders.map((name) => developer[DEVELOPER_URL_SETTINGS[name]]).join(', ');
    if (!options.allowPlaceholders) {
      throw new ConfigError(
        `Invalid configuration in ${names}: the app's page in Teams would link to placeholder addresses (${links}). Set ${placeholders.length === 1 ? 'it' : 'them'} to your organisation's own pages (https://…) in the environment or .env, or run \`npm run teams:package -- --allow-placeholders\` for a trial package.`,
        placeholders.map((path) => ({ path, message: `${path} is a placeholder address` })),
      );
    }
    warnings.push(`Warning: ${names}: the app's page in Teams links to placeholder addresses (${links}). Fine for a trial; set ${placeholders.length === 1 ? 'it' : 'them'} before you publish the app.`);
  }
  return { manifest: { ...manifest, id: appId, version, developer, bots: manifest.bots.map((bot) => ({ ...bot, botId: appId })) }, warnings };
}

export function teamsAppZip(manifest: Manifest): Uint8Array {
  return zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': readFileSync(resolve(HERE, 'color.png')),
    'outline.png': readFileSync(resolve(HERE, 'outline.png')),
  });
}

function main(): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: process.argv.slice(2), options: { 'allow-placeholders': { type: 'boolean' } }, allowPositionals: true });
    } catch (error) {
      throw new ConfigError(`${error instanceof Error ? error.message : String(error)}. Usage: npm run teams:package -- [--allow-placeholders] [OUTPUT.zip]`);
    }
    const out = resolve(parsed.positionals[0] ?? resolve(ROOT, 'dist/teams-app.zip'));
    const built = packagedManifest(readEnv(process.cwd(), process.env), { allowPlaceholders: parsed.values['allow-placeholders'] === true });
    const zip = teamsAppZip(built.manifest);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    for (const warning of built.warnings) process.stderr.write(`${warning}\n`);
    process.stdout.write(`Wrote ${out} (${zip.length} bytes). Upload it in Teams: Apps › Manage your apps › Upload an app.\n`);
    return 0;
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
