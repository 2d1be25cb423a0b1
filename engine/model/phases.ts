/** The phases every template considers (DESIGN §2), in order, with their display names. */
export const phases = [
  { id: 'framing', name: 'Framing and metrics' },
  { id: 'data-access', name: 'Data access and collection' },
  { id: 'cleaning', name: 'Cleaning and processing' },
  { id: 'labeling', name: 'Labeling' },
  { id: 'dataset', name: 'Dataset creation and versioning' },
  { id: 'poc', name: 'PoC experiments' },
  { id: 'productionization', name: 'Productionization' },
  { id: 'pipelines', name: 'ETL and pipelines' },
  { id: 'deployment', name: 'Deployment and integration' },
  { id: 'mlops', name: 'MLOps' },
  { id: 'launch', name: 'Launch' },
] as const;

export type PhaseId = (typeof phases)[number]['id'];

export function phaseName(id: string): string {
  return phases.find((p) => p.id === id)?.name ?? id;
}

/** Position of a phase in the standard order (unknown phases go last). */
export function phaseOrder(id: string): number {
  const i = phases.findIndex((p) => p.id === id);
  return i < 0 ? phases.length : i;
}
