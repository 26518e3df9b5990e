import { performance } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importStreams } from '/work/main/src/registry/import-streams.js';
import { fingerprint } from '/work/main/src/registry/fingerprint.js';
import { openRegistry } from '/work/main/src/registry/open-registry.js';
import { benchStream } from '/work/main/test/bench/registry-fixture.js';
const N = 100000;
const streams = Array.from({ length: N }, (_, i) => benchStream(i + 1)) as any[];
for (let r = 0; r < 2; r++) {
  let t = performance.now(); for (const s of streams) fingerprint(s); console.log('fingerprint', Math.round(performance.now() - t));
  const db = openRegistry(join(mkdtempSync(join(tmpdir(), 'p-')), 'x.db'));
  t = performance.now(); importStreams(db, streams); console.log('import', Math.round(performance.now() - t));
  const raw = openRegistry(join(mkdtempSync(join(tmpdir(), 'p-')), 'x.db')); if (process.argv[2]) raw.pragma('cache_size = ' + process.argv[2]);
  const ins = raw.prepare('INSERT INTO streams (description, fingerprint, connector, owner, updated_at, name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  t = performance.now(); raw.transaction(() => { for (const s of streams) ins.run(JSON.stringify(s), 'x'.repeat(64), s.connector, s.owner, 1, s.name, 1); }).immediate(); console.log('raw insert', Math.round(performance.now() - t));
}
