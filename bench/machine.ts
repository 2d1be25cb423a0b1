import { cpus, loadavg, release, type } from 'node:os';

export type Machine = {
  cpu: string;
  cores: number;
  os: string;
  node: string;
  date: string;
  /** One-minute load average when the bench started: the machine is shared, so say how busy. */
  loadAverage: number;
};

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg()[0] ?? Number.NaN,
  };
}
