import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildRegistryFixture } from '../test/bench/registry-fixture.js';
import { openRegistry } from '../src/registry/open-registry.js';
import { loadDigest } from '../src/digest/load-digest.js';
const file = '/tmp/benchdb/f2.db'; rmSync(file, { force: true });
const now = Date.parse('2026-11-25T09:00:00Z');
let t = performance.now(); buildRegistryFixture(file, 100000, 1000000, now); console.log('fixture', performance.now() - t);
const db = openRegistry(file);
console.log(db.prepare('select count(*) from reviews').pluck().get(), db.prepare('select count(*) from latest_reviews').pluck().get(), db.prepare('select verdict, count(*) from latest_reviews group by 1').all());
for (let i = 0; i < 3; i++) { t = performance.now(); const d = loadDigest(db, new Date(now), { maxAgeDays: 90, limit: 20, timeZone: 'UTC' }); console.log('digest', performance.now() - t, d.report.unchecked.length, d.digest.groups.map(g => [g.reason, g.count])); }
