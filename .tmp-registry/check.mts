import { readFileSync } from 'node:fs';
import { parseStreamsText } from '/work/main/src/review/input/file.js';
import { reviewStream } from '/work/main/src/review/engine.js';
const { streams } = parseStreamsText(readFileSync('/work/main/test/fixtures/registry/five-streams.yaml', 'utf8'), 'f');
for (const s of streams) { const r = reviewStream(s); console.log(s.name, r.verdict, r.rules.filter(x => x.status !== 'pass' && x.status !== 'n/a').map(x => `${x.id}:${x.status}:${x.message}`)); }
