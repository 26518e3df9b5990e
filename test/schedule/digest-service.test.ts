import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestConfig } from '../../src/config/digest-config.js';
import { DEFAULT_LEASE_MS } from '../../src/digest/sender.js';
import { claimPost } from '../../src/registry/digest-posts.js';
import { importStreams } from '../../src/registry/import-streams.js';
import { openRegistry } from '../../src/registry/open-registry.js';
import { createDigestService } from '../../src/schedule/digest-service.js';
import { capturedLogger, FakeDestination } from '../digest/fakes.js';
import { stream, tempDir } from '../registry/helpers.js';
import { FakeClock } from './fake-clock.js';

async function setUp(start: string) {
  const registry = await openRegistry(join(tempDir(), 'advisor.db'));
  const { db } = registry;
  await importStreams(db, [stream('Web orders'), stream('Cart events')]);
  const clock = new FakeClock(start);
  const slack = new FakeDestination('slack:C1');
  const log = capturedLogger();
  const service = (destinations = [slack]) =>
    createDigestService({ registry, config: digestConfig({}), maxAgeDays: 90, destinations: async () => destinations, logger: log.logger, clock, sleep: async () => undefined });
  return { db, registry, clock, slack, log, service };
}

describe('the digest service', () => {
  it('catches up a missed day on start, and a restart the same day does not post again', async () => {
    // Wednesday 15:00 UTC: today's 09:00 run was missed while the service was down.
    const { registry, clock, slack, service } = await setUp('2026-11-25T15:00:00Z');
    const first = service();
    first.start();
    await first.whenIdle();
    expect(slack.channel).toEqual([{ day: '2026-11-25', ref: 'slack:C1/1', unchecked: 2 }]);
    await first.stop();

    const restarted = service();
    restarted.start();
    await restarted.whenIdle();
    expect(slack.channel).toHaveLength(1);
    await clock.advanceTo('2026-11-26T09:00:00Z');
    expect(slack.channel.map((m) => m.day)).toEqual(['2026-11-25', '2026-11-26']);
    await restarted.stop();
    await registry.close();
  });

  it('takes over a claim left by a crashed process once its lease runs out, without posting twice', async () => {
    const { db, registry, clock, slack, service } = await setUp('2026-11-25T08:59:00Z');
    // Another process claimed today's post at 09:00, sent it, and died before recording it.
    await claimPost(db, { day: '2026-11-25', destination: slack.id }, 'dead', Date.parse('2026-11-25T09:00:00Z'), DEFAULT_LEASE_MS);
    slack.channel.push({ day: '2026-11-25', ref: 'slack:C1/1', unchecked: 2 });
    const running = service();
    running.start();
    await clock.advanceTo('2026-11-25T09:30:00Z');
    expect(slack.sends).toBe(0);
    expect(slack.finds).toBe(1);
    expect(slack.channel).toHaveLength(1);
    await running.stop();
    await registry.close();
  });

  it('logs that there is nowhere to post when no destination is configured', async () => {
    const { registry, service, log } = await setUp('2026-11-25T15:00:00Z');
    const running = service([]);
    running.start();
    await running.whenIdle();
    expect(log.entries.some((e) => String(e.msg).startsWith('no digest destination configured'))).toBe(true);
    await running.stop();
    await registry.close();
  });
});
