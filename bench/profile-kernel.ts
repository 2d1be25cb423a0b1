import {
  compileNetwork,
  simulateBlocks,
  blockCount,
  mergeChunks,
  summarize,
} from '../engine/index.ts';
import { gen } from './gen.ts';
const n = 40,
  it = 10000;
const net = compileNetwork(gen(n, 7));
for (let rep = 0; rep < 20; rep++) {
  const t0 = performance.now();
  const chunk = simulateBlocks(
    net,
    { iterations: it, seed: 42, mitigated: false },
    0,
    blockCount(it),
  );
  const t1 = performance.now();
  const merged = mergeChunks(net, it, [chunk]);
  const t2 = performance.now();
  summarize(net, merged, { iterations: it, seed: 42, detail: rep % 2 === 0 ? 'full' : 'headline' });
  const t3 = performance.now();
  if (rep > 15)
    console.log(
      'kernel',
      (t1 - t0).toFixed(0),
      'merge',
      (t2 - t1).toFixed(0),
      'summ',
      (t3 - t2).toFixed(0),
      rep % 2 === 0 ? 'sens' : 'nosens',
    );
}
