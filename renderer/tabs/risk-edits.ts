import type { RiskEntry, Scenario } from '../../engine/index.ts';

/** A field of a risk entry to drop (back to the template's value, or none for the user's own). */
export type RiskField = Exclude<keyof RiskEntry, 'id'>;

/** The entry for a risk after `patch`, without the `drop` fields. */
export function nextRiskEntry(
  scenario: Scenario,
  id: string,
  patch: Partial<RiskEntry>,
  drop: readonly RiskField[] = [],
): RiskEntry {
  const existing = scenario.risks.find((r) => r.id === id);
  const next: Record<string, unknown> = { ...existing, ...patch, id };
  for (const field of drop) delete next[field];
  return next as RiskEntry;
}

/**
 * Writes a risk's entry. An entry of a template risk with nothing left but its id is removed, so
 * the risk reads as the template's again.
 */
export function setRiskEntry(scenario: Scenario, entry: RiskEntry, template: boolean): Scenario {
  const index = scenario.risks.findIndex((r) => r.id === entry.id);
  const empty = template && Object.keys(entry).every((key) => key === 'id');
  const risks =
    index < 0
      ? [...scenario.risks, entry]
      : scenario.risks.map((r, i) => (i === index ? entry : r));
  return { ...scenario, risks: empty ? risks.filter((r) => r.id !== entry.id) : risks };
}

/** Removes the user's entry: a template risk is the template's again, a user risk is gone. */
export function removeRiskEntry(scenario: Scenario, id: string): Scenario {
  return { ...scenario, risks: scenario.risks.filter((r) => r.id !== id) };
}

/** An id for a new risk from its name, unlike any in `taken`. */
export function riskIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'risk';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
