import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS, postDigest } from '../../src/digest/sender.js';
import { silentLogger } from '../../src/logging/logger.js';
import { postRecord } from '../../src/registry/digest-posts.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { exited, spawnTsx } from '../registry/child-process.js';
import { tempDir } from '../registry/helpers.js';
import { digestOf } from './fakes.js';
import { FileDestination, messages } from './file-destination.js';

const DAY = '2026-11-25';

describe('the digest across processes', () => {
  it('a process killed between sending and recording does not make the next run post again', async () => {
    const dir = tempDir();
    const [db, channel] = [join(dir, 'advisor.db'), join(dir, 'channel.jsonl')];
    const crashed = await exited(spawnTsx('test/digest/scripts/post-digest.ts', [db, channel, DAY, 'crash']));
    expect(crashed.stdout).toBe('');
    expect(messages(channel)).toHaveLength(1);

    const registry = openRegistry(db);
    expect(postRecord(registry, { day: DAY, destination: 'file:channel' })).toMatchObject({ state: 'claimed' });
    const afterLease = new Date(Date.now() + DEFAULT_LEASE_MS + 1_000);
    const outcomes = await postDigest(digestOf(2), DAY, [new FileDestination(channel)], { db: registry, logger: silentLogger(), now: () => afterLease });
    expect(outcomes).toEqual([{ destination: 'file:channel', status: 'found', messageRef: messages(channel)[0]!.ref }]);
    expect(messages(channel)).toHaveLength(1);
    expect(postRecord(registry, { day: DAY, destination: 'file:channel' })).toMatchObject({ state: 'sent' });
    registry.close();
  });

  it('two processes posting at the same moment post once', async () => {
    const dir = tempDir();
    const [db, channel] = [join(dir, 'advisor.db'), join(dir, 'channel.jsonl')];
    openRegistry(db).close();
    const runs = await Promise.all([0, 1].map(() => exited(spawnTsx('test/digest/scripts/post-digest.ts', [db, channel, DAY, 'slow']))));
    const statuses = runs.map((run) => (JSON.parse(run.stdout) as Array<{ status: string }>)[0]!.status).sort();
    expect(statuses).toEqual(['busy', 'sent']);
    expect(messages(channel)).toHaveLength(1);
  });
});
