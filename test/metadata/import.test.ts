import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/run-in-process.js';
import { tempDir } from '../registry/helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'metadata');

function workspace() {
  const cwd = tempDir();
  const run = (argv: string[]) => runInProcess(argv, { cwd, env: { INGEST_ADVISOR_DB: 'advisor.db' } });
  const descriptions = async (): Promise<Record<string, Record<string, unknown>>> =>
    Object.fromEntries((JSON.parse((await run(['streams', 'list', '--json'])).stdout).streams as Array<{ stream: string; description: Record<string, unknown> }>).map((s) => [s.stream, s.description]));
  return { cwd, run, descriptions };
}

describe('streams import DIR (Salesforce metadata)', () => {
  it('reads a Salesforce DX project: definitions and templates of one stream together, nothing under node_modules', async () => {
    const { cwd, run, descriptions } = workspace();
    cpSync(join(fixtures, 'sfdx-project'), join(cwd, 'project'), { recursive: true });
    mkdirSync(join(cwd, 'project/node_modules/pkg/dataStreamDefinitions'), { recursive: true });
    writeFileSync(join(cwd, 'project/node_modules/pkg/dataStreamDefinitions/Not_ours.dataStreamDefinition-meta.xml'), '<DataStreamDefinition><dataConnectorType>S3</dataConnectorType></DataStreamDefinition>');
    const result = await run(['streams', 'import', 'project']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe('Imported 2 streams from the metadata in project (2 DataStreamDefinition and 1 DataStreamTemplate file(s)): 2 new, 0 changed, 0 unchanged.\n');
    expect(await descriptions()).toEqual({
      Accounts_Home: { name: 'Accounts_Home', connector: 'salesforce-crm', refreshMode: 'incremental' },
      Web_orders: { name: 'Web_orders', connector: 'ingestion-api', category: 'engagement', refreshMode: 'upsert', schedule: 'hourly' },
    });
    expect(JSON.parse((await run(['streams', 'import', 'project', '--json'])).stdout)).toMatchObject({ total: 2, new: 0, changed: 0, unchanged: 2 });
  });

  it('keeps what metadata cannot tell from the stream\'s stored description', async () => {
    const { cwd, run, descriptions } = workspace();
    writeFileSync(join(cwd, 'streams.yaml'), 'name: Web_orders\nconnector: s3\ncategory: engagement\nrefreshMode: full-refresh\nowner: web-team\nalerting: true\ndecisionFreshness: hourly\n');
    await run(['streams', 'import', 'streams.yaml']);
    const result = await run(['streams', 'import', join(fixtures, 'sfdx-project')]);
    expect(result.stdout).toContain('1 new, 1 changed, 0 unchanged');
    expect((await descriptions()).Web_orders).toEqual({ name: 'Web_orders', connector: 'ingestion-api', category: 'engagement', refreshMode: 'upsert', schedule: 'hourly', owner: 'web-team', alerting: true, decisionFreshness: 'hourly' });
  });

  it('reads a retrieved metadata folder, and shows the values it does not know', async () => {
    const { run, descriptions } = workspace();
    const result = await run(['streams', 'import', join(fixtures, 'retrieved')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Values the advisor does not know (kept as they were):\n  - Partner_feed: connectorType "SFTP"\n  - Partner_feed: refreshMode "SNAPSHOT"\n');
    expect(await descriptions()).toEqual({
      Clickstream: { name: 'Clickstream', connector: 's3', refreshMode: 'full-refresh' },
      Partner_feed: { name: 'Partner_feed', connector: 'other', sourceSystem: 'SFTP' },
    });
  });

  it('names every file it cannot read, and imports nothing', async () => {
    const { run } = workspace();
    const result = await run(['streams', 'import', join(fixtures, 'broken')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2 metadata files under');
    expect(result.stderr).toMatch(/dataStreamDefinitions\/Half_written\.dataStreamDefinition-meta\.xml is not well-formed XML \(line \d+: /);
    expect(result.stderr).toContain('dataStreamDefinitions/Wrong_root.dataStreamDefinition-meta.xml has no <DataStreamDefinition> element');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse((await run(['streams', 'list', '--json'])).stdout).streams).toEqual([]);
  });

  it('says so when a folder holds no stream metadata', async () => {
    const { cwd, run } = workspace();
    mkdirSync(join(cwd, 'empty'));
    const result = await run(['streams', 'import', 'empty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/empty holds no DataStreamDefinition or DataStreamTemplate files/);
  });
});
