import { parse, stringify, Lexer } from 'yaml';
const N = Number(process.argv[2]);
const streams = Array.from({ length: N }, (_, i) => ({ name: `Stream ${i}`, connector: 's3', category: 'profile', dataShape: 'entity', refreshMode: 'upsert', primaryKey: ['id'], keyUnique: true, schedule: 'hourly', decisionFreshness: 'daily', uses: ['segmentation', 'activation'], owner: `team-${i % 40}`, alerting: true }));
const y = stringify(streams);
let t = performance.now(); let n = 0; for (const _ of new Lexer().lex(y)) n++; console.log(N, 'lex', Math.round(performance.now() - t), n);
t = performance.now(); parse(y); console.log(N, 'parse', Math.round(performance.now() - t));
