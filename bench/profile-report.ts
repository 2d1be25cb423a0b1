/*
 * Prints the hotspots of the newest V8 CPU profile in a folder: self time per function and per
 * source line of the profiled bundle (`node --cpu-prof` records ticks per line). Run by
 * `npm run bench:profile` after bench/profile-kernel.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { table } from './format.ts';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
};
type Profile = { nodes: ProfileNode[] };

const TOP = 20;
const [dir = '.', bundle = ''] = process.argv.slice(2);
const newest = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!newest) throw new Error(`no .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(newest, 'utf8')) as Profile;
const bundleUrl = bundle ? pathToFileURL(bundle).href : '';
const source = bundle ? readFileSync(bundle, 'utf8').split('\n') : [];

let total = 0;
const byFunction = new Map<string, number>();
const byLine = new Map<number, number>();
for (const node of profile.nodes) {
  const hits = node.hitCount ?? 0;
  total += hits;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url === bundleUrl ? `bundle:${lineNumber + 1}` : basename(url) || '(native)';
  const key = `${functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
  if (url === bundleUrl)
    for (const { line, ticks } of node.positionTicks ?? [])
      byLine.set(line, (byLine.get(line) ?? 0) + ticks);
}

const share = (hits: number) => `${((100 * hits) / total).toFixed(1)}%`;
const top = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);
console.log(`Profile ${newest}: ${total} samples`);
console.log(
  table(
    'Self time by function',
    ['self', 'function'],
    top(byFunction).map(([key, hits]) => [share(hits), key]),
  ),
);
console.log(
  table(
    `Self time by line of ${bundle} (inlined callees count at their own lines)`,
    ['self', 'line', 'source'],
    top(byLine).map(([line, hits]) => [share(hits), String(line), (source[line - 1] ?? '').trim()]),
  ),
);
