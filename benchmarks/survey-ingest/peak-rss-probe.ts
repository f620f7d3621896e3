/**
 * Preloaded into the `par` process the bench spawns (`node -r`): at exit, its peak resident set as
 * `par import` reports its own (process.resourceUsage().maxRSS × 1024), written to the file named by
 * PAR_BENCH_PEAK_RSS_FILE. The CLI's survey summary does not carry it, and the bench changes no CLI code.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PAR_BENCH_PEAK_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));
