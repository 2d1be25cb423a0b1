import type { Distribution } from '../distributions/distribution.ts';
import type { Network } from '../network/network.ts';
import type { Category } from '../project/scenario-schema.ts';
import type { RoleId } from '../project/roles.ts';

export type Origin = 'template' | 'user';

/** A task of the generated network, with why it exists and what drove its range. */
export type BuiltTask = {
  id: string;
  name: string;
  phase: string;
  category: Category;
  roles: RoleId[];
  dependsOn: string[];
  /** Person-days (when the task is effort-based). */
  effort?: Distribution;
  /** Working days, as simulated (before drivers and risks). */
  duration: Distribution;
  /** Cost per working day of its on-demand people. */
  rate: number;
  /** One-off costs, itemised. */
  costs: { name: string; amount: number }[];
  explain: string;
  origin: Origin;
  /** Fields the user changed from the template's. */
  overridden: string[];
  standIn?: string;
};

export type BuiltDriver = {
  id: string;
  name: string;
  multiplier: Distribution;
  tasks: string[];
  scalesCost: boolean;
  explain: string;
  origin: Origin;
  overridden: boolean;
};

export type BuiltRisk = {
  id: string;
  name: string;
  probability: number;
  task?: string;
  delay?: Distribution;
  cost?: Distribution;
  mitigation?: { name: string; cost: number; probability: number };
  explain: string;
  origin: Origin;
  overridden: boolean;
};

export type BuiltRunningCost = {
  id: string;
  name: string;
  monthly: number[];
  uncertainty?: Distribution;
  explain: string;
};

export type PhaseInfo = { id: string; name: string };

/** A scenario compiled into the engine's task network, with everything needed to explain it. */
export type BuiltScenario = {
  templateId: string;
  network: Network;
  tasks: BuiltTask[];
  drivers: BuiltDriver[];
  risks: BuiltRisk[];
  running: BuiltRunningCost[];
  poc: {
    experimentTask: string;
    decisionTask: string;
    iterations: Distribution;
    noGo: number;
    explain: string;
  };
  /** Notes about assumptions the model had to make (stand-ins, dropped risks). */
  warnings: string[];
  /** The derived quantities and template variables, for the assumptions ledger. */
  variables: Record<string, number>;
};
