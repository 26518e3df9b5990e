import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_LEASE_MS, postDigest } from '../../src/digest/sender.js';
import { silentLogger } from '../../src/logging/logger.js';
import { postRecord } from '../../src/registry/digest-posts.js';
import { registryEnv } from '../support/registry-env.js';
import { describeEngines } from '../support/engines.js';
import { exited, spawnTsx } from '../registry/child-process.js';
import { tempDir } from '../registry/helpers.js';
import { digestOf } from './fakes.js';
import { FileDestination, messages } from './file-destination.js';

const DAY = '2026-11-25';


describeEngines('the digest across processes', (engine) => {
  it('a process killed between sending and recording does not make the next run post again', async () => {
    const location = await engine.location();
    const channel = join(tempDir(), 'channel.jsonl');
    const crashed = await exited(spawnTsx('test/digest/scripts/post-digest.ts', [channel, DAY, 'crash'], registryEnv(location)));
    expect(crashed.stdout).toBe('');
    expect(messages(channel)).toHaveLength(1);

    const { db } = await engine.open(location);
    expect(await postRecord(db, { day: DAY, destination: 'file:channel' })).toMatchObject({ state: 'claimed' });
    const afterLease = new Date(Date.now() + DEFAULT_LEASE_MS + 1_000);
    const outcomes = await postDigest(digestOf(2), DAY, [new FileDestination(channel)], { db, logger: silentLogger(), now: () => afterLease });
    expect(outcomes).toEqual([{ destination: 'file:channel', status: 'found', messageRef: messages(channel)[0]!.ref }]);
    expect(messages(channel)).toHaveLength(1);
    expect(await postRecord(db, { day: DAY, destination: 'file:channel' })).toMatchObject({ state: 'sent' });
  });

  it('two processes posting at the same moment post once', async () => {
    const location = await engine.location();
    const channel = join(tempDir(), 'channel.jsonl');
    await (await engine.open(location)).close();
    const runs = await Promise.all([0, 1].map(() => exited(spawnTsx('test/digest/scripts/post-digest.ts', [channel, DAY, 'slow'], registryEnv(location)))));
    const statuses = runs.map((run) => (JSON.parse(run.stdout) as Array<{ status: string }>)[0]!.status).sort();
    // The other found the claim held (the processes overlapped) or the day done (one started late): never a second post.
    expect(statuses).toHaveLength(2);
    expect(statuses).toContain('sent');
    expect(['busy', 'already-done']).toContain(statuses.find((status) => status !== 'sent'));
    expect(messages(channel)).toHaveLength(1);
  });
});
