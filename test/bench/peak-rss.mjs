// Preloaded (`node --import`) into a command the benchmark runs: on exit, its peak resident
// memory and the CPU time it used, on standard error, where the benchmark reads them. Plain
// JavaScript: no loader needed.
import { writeSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\npeak-rss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
