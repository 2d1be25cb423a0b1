import type { Network, Task } from '../engine/index.ts';
export function gen(n: number, seed: number): Network {
  let s = seed;
  const r = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const deps: string[] = [];
    if (i > 0) {
      deps.push('t' + Math.floor(r() * i));
      if (r() < 0.5 && i > 1) {
        const d = 't' + Math.floor(r() * i);
        if (!deps.includes(d)) deps.push(d);
      }
    }
    const min = 1 + r() * 5,
      mode = min + r() * 5,
      max = mode + r() * 10;
    tasks.push({
      id: 't' + i,
      duration: { type: 'pert', min, mode, max },
      dependsOn: deps,
      rate: 500 + r() * 1000,
    });
  }
  const risks = Array.from({ length: 5 }, (_, k) => ({
    id: 'r' + k,
    probability: 0.2,
    task: 't' + Math.floor(r() * n),
    delay: { type: 'pert' as const, min: 2, mode: 5, max: 15 },
    cost: { type: 'lognormal' as const, p5: 1000, p95: 20000 },
  }));
  return {
    tasks,
    risks,
    drivers: [
      {
        id: 'd',
        multiplier: { type: 'lognormal', p5: 0.8, p95: 1.5 },
        tasks: tasks.slice(0, 10).map((t) => t.id),
      },
    ],
  };
}
