import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
const file = '/tmp/benchdb/sqlfix.db';
rmSync(file, { force: true });
const db = new Database(file);
db.pragma('journal_mode = OFF'); db.pragma('synchronous = OFF');
db.exec(`CREATE TABLE streams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL, fingerprint TEXT NOT NULL, connector TEXT, owner TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, stream_id INTEGER NOT NULL, fingerprint TEXT NOT NULL, verdict TEXT NOT NULL, by TEXT NOT NULL, via TEXT NOT NULL, at INTEGER NOT NULL, description TEXT NOT NULL, rules TEXT NOT NULL);
CREATE INDEX reviews_stream_at ON reviews(stream_id, at);`);
const rules = JSON.stringify(Array.from({length:10},(_, i)=>({id:'rule'+i,title:'Rule '+i,status:'pass',message:'rule message',refs:['style-guide']})));
let t = performance.now();
const ins = db.prepare('INSERT INTO streams VALUES (?,?,?,?,?,?,?,?)');
db.transaction(() => { for (let id=1; id<=100000; id++) ins.run(id, 'Stream '+id, JSON.stringify({name:'Stream '+id, connector:'s3', category:'profile', dataShape:'entity', refreshMode:'upsert', primaryKey:['id'], keyUnique:true, schedule:'hourly', decisionFreshness:'daily', uses:['segmentation','activation'], owner:'team-'+(id%40), alerting:true}), 'f'.repeat(64), 's3', 'team', 0, 0); })();
console.log('streams', performance.now() - t);
t = performance.now();
db.transaction(() => db.prepare(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
 INSERT INTO reviews (stream_id, fingerprint, verdict, by, via, at, description, rules)
 SELECT s.id, s.fingerprint, 'ship', 'U1', 'slack', 1000000 + n.i, s.description, ? FROM streams s JOIN n WHERE s.id % 10 <> 0 AND (n.i < 10 OR s.id % 9 < 1)`).run(rules))();
console.log('reviews sql', performance.now() - t, db.prepare('select count(*) from reviews').pluck().get());
