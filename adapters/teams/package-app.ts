import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { parseEnvSection, readEnv, type Env } from '../../src/config/load-env.js';
import { isAdvisorError } from '../../src/errors.js';

/**
 * `npm run teams:package`: the zip to upload to Teams (Apps › Manage your apps › Upload an app):
 * manifest.json with the app and bot id set to MicrosoftAppId and the version to the package's,
 * and the two icons. Writes dist/teams-app.zip, or the path given as the first argument.
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
  bots: Array<{ botId: string }>;
  [key: string]: unknown;
}

/** The manifest with this deployment's ids, as written into the package. */
export function packagedManifest(env: Env): Manifest {
  const { MicrosoftAppId: appId } = parseEnvSection(packageSchema, env);
  const manifest = JSON.parse(readFileSync(resolve(HERE, 'manifest.json'), 'utf8')) as Manifest;
  const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  return { ...manifest, id: appId, version, bots: manifest.bots.map((bot) => ({ ...bot, botId: appId })) };
}

export function teamsAppZip(env: Env): Uint8Array {
  const manifest = packagedManifest(env);
  return zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': readFileSync(resolve(HERE, 'color.png')),
    'outline.png': readFileSync(resolve(HERE, 'outline.png')),
  });
}

function main(): number {
  const out = resolve(process.argv[2] ?? resolve(ROOT, 'dist/teams-app.zip'));
  try {
    const zip = teamsAppZip(readEnv(process.cwd(), process.env));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    process.stdout.write(`Wrote ${out} (${zip.length} bytes). Upload it in Teams: Apps › Manage your apps › Upload an app.\n`);
    return 0;
  } catch (error) {
    if (!isAdvisorError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
