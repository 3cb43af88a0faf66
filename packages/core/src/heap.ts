import { setFlagsFromString } from 'node:v8';

/**
 * The factor by which V8 lets the old generation grow past what the last full collection found alive
 * before it collects again, as a percentage over 1 (issue 12: the gateway's memory flat within ±10 %
 * over 100,000 requests).
 *
 * V8 picks that factor itself after each full collection (src/heap/heap-controller.cc,
 * MemoryController::GrowingFactor): up to 4 when the process allocates fast and its heap limit is 2 GB
 * or more, as on a machine with 8 GB or more. The gateway allocates fast (every answer is parsed, merged
 * and written anew), so with about 100 MB alive its old space was committed anywhere between 100 and
 * 260 MB: its resident memory read 360 to 520 MiB in one run, and a reading before and after 100,000
 * requests differed by up to 20 % with nothing leaking. At 1.5 the gateway's RSS stayed between 273 and
 * 311 MiB through 310,000 requests (bench/load.ts --national), with no fewer requests per second.
 *
 * `--heap-growing-percent` replaces V8's own factor in every case (heap-controller.cc applies it last),
 * also where V8 would have chosen less: near the heap limit (1.3) or when it shrinks an idle heap (1.1).
 * A gateway near its limit is still collected by V8's limit itself. Node does not accept the flag in
 * NODE_OPTIONS, but V8 reads it after each full collection, so a process sets it for itself as it
 * starts: one place for npm start, the tests' processes and the container alike.
 */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = /^--heap[-_]growing[-_]percent(=|$)/;

/**
 * Sets V8's heap growing factor to 1 + percent/100 for this process; 0 leaves V8's own. A flag given on
 * the command line (`node --heap-growing-percent=N`) wins: then nothing is set. Says whether it set it.
 */
export function setHeapGrowingFactor(percent: number, execArgv: readonly string[] = process.execArgv): boolean {
  if (percent <= 0 || execArgv.some((arg) => FLAG.test(arg))) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}
