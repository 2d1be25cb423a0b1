/** The questionnaire fields, labels and help: shared by the app's inputs panel and the report's assumptions ledger. */
/** How a questionnaire field is edited and explained. `path` is inside `scope`. */
export type FieldSpec = {
  id: string;
  scope: 'inputs' | 'settings' | 'meta';
  path: string[];
  label: string;
  /** One line: what the field means and what it changes. */
  help: string;
  kind: 'number' | 'quantity' | 'select' | 'boolean' | 'text' | 'date' | 'percent';
  unit?: string;
  options?: readonly { value: string | number; label: string }[];
  /** Optional number fields may be left empty. */
  optional?: boolean;
};

export type SectionSpec = { id: string; title: string; fields: FieldSpec[] };

const f = (
  scope: FieldSpec['scope'],
  path: string,
  rest: Omit<FieldSpec, 'id' | 'scope' | 'path'>,
): FieldSpec => ({
  id: `${scope}.${path}`,
  scope,
  path: path.split('.'),
  ...rest,
});
const yesNo = (scope: FieldSpec['scope'], path: string, label: string, help: string) =>
  f(scope, path, { label, help, kind: 'boolean' });

/** The questionnaire of a planning session (DESIGN §2 "Inputs"), in sections. */
export const sections: readonly SectionSpec[] = [
  {
    id: 'goal',
    title: 'Goal & metrics',
    fields: [
      f('inputs', 'goal.businessMetric', {
        label: 'Business metric',
        help: 'What the business measures (e.g. monthly churn); the reason the project exists.',
        kind: 'text',
      }),
      f('inputs', 'goal.modelMetric', {
        label: 'Model metric',
        help: 'How the model is judged (e.g. recall at top 10%).',
        kind: 'text',
      }),
      f('inputs', 'goal.target', {
        label: 'Target for the model metric',
        help: 'The value that makes the project worth it. Empty widens the PoC and raises its chance of failing.',
        kind: 'text',
      }),
      yesNo(
        'inputs',
        'goal.baselineKnown',
        'Baseline known',
        'Today’s performance or a simple heuristic is measured; without it the PoC needs more iterations.',
      ),
      f('inputs', 'goal.pocTimeboxWeeks', {
        label: 'PoC timebox',
        help: 'Weeks until the go/no-go decision; 0 means no timebox.',
        kind: 'number',
        unit: 'weeks',
      }),
      f('inputs', 'goal.novelty', {
        label: 'Novelty of the problem',
        help: 'How new the problem is to the team and the field: widens the PoC and its chance of a no-go.',
        kind: 'select',
        options: [
          { value: 'routine', label: 'Routine' },
          { value: 'some', label: 'Some novelty' },
          { value: 'novel', label: 'Novel' },
        ],
      }),
      yesNo(
        'inputs',
        'goal.rulesFeasible',
        'Simple rules could solve it',
        'If business rules get most of the value, measure them first.',
      ),
      yesNo(
        'inputs',
        'goal.holdoutPlanned',
        'Hold-out set and leakage check planned',
        'Results measured on unseen data; lowers the risk that production differs.',
      ),
    ],
  },
  {
    id: 'data',
    title: 'Data',
    fields: [
      f('inputs', 'data.sources', {
        label: 'Data sources',
        help: 'Systems the data comes from; each needs access, extraction and joining work.',
        kind: 'number',
      }),
      f('inputs', 'data.accessDifficulty', {
        label: 'Access difficulty',
        help: 'Agreements, security reviews and other teams’ queues; hard access is the commonest early slip.',
        kind: 'select',
        options: [
          { value: 'easy', label: 'Easy' },
          { value: 'moderate', label: 'Moderate' },
          { value: 'hard', label: 'Hard' },
        ],
      }),
      f('inputs', 'data.volumeGb', {
        label: 'Data volume',
        help: 'Size of the training data; units accepted (e.g. 2.5 TB).',
        kind: 'quantity',
        unit: 'GB',
      }),
      f('inputs', 'data.records', {
        label: 'Records',
        help: 'Rows, documents or images in the training data.',
        kind: 'number',
      }),
      f('inputs', 'data.growthGbPerMonth', {
        label: 'Growth per month',
        help: 'New data stored each month after launch; drives storage cost.',
        kind: 'quantity',
        unit: 'GB',
      }),
      f('inputs', 'data.quality', {
        label: 'Data quality',
        help: 'Messier data means more cleaning and a stronger data driver (clean ×0.6, typical ×1, messy ×1.8).',
        kind: 'select',
        options: [
          { value: 'clean', label: 'Clean' },
          { value: 'typical', label: 'Typical' },
          { value: 'messy', label: 'Messy' },
        ],
      }),
      yesNo(
        'inputs',
        'data.personalData',
        'Personal data',
        'Adds a privacy and security review before modelling.',
      ),
      f('inputs', 'data.location', {
        label: 'Where the data lives',
        help: 'On-prem systems make integration slower and riskier.',
        kind: 'select',
        options: [
          { value: 'cloud', label: 'Cloud' },
          { value: 'on-prem', label: 'On-prem' },
        ],
      }),
    ],
  },
  {
    id: 'labels',
    title: 'Labels',
    fields: [
      f('inputs', 'labels.items', {
        label: 'Items to label',
        help: 'Items labeled by people before the PoC; 0 when labels come from history.',
        kind: 'number',
      }),
      f('inputs', 'labels.type', {
        label: 'Label type',
        help: 'Sets the default price and throughput (presets/labeling-prices.json).',
        kind: 'select',
        options: [
          { value: 'classification', label: 'Classification' },
          { value: 'bounding-box', label: 'Bounding box' },
          { value: 'polygon', label: 'Polygon' },
          { value: 'segmentation', label: 'Segmentation' },
          { value: 'text-span', label: 'Text span' },
          { value: 'audio-minute', label: 'Audio minute' },
          { value: 'llm-preference', label: 'LLM preference / eval' },
        ],
      }),
      f('inputs', 'labels.mode', {
        label: 'Who labels',
        help: 'A vendor charges per label; in-house annotators cost hours at their throughput.',
        kind: 'select',
        options: [
          { value: 'vendor', label: 'Vendor' },
          { value: 'in-house', label: 'In-house' },
        ],
      }),
      f('inputs', 'labels.pricePerLabel', {
        label: 'Vendor price per label',
        help: 'Per label per labeler.',
        kind: 'number',
        unit: 'currency',
      }),
      f('inputs', 'labels.vendorLabelsPerDay', {
        label: 'Vendor capacity',
        help: 'Labels the vendor delivers per working day; sets labeling time.',
        kind: 'number',
        unit: 'labels/day',
      }),
      f('inputs', 'labels.throughputPerHour', {
        label: 'In-house throughput',
        help: 'Labels one annotator makes per hour.',
        kind: 'number',
        unit: 'labels/h',
      }),
      f('inputs', 'labels.annotatorRatePerHour', {
        label: 'Annotator cost per hour',
        help: 'In-house annotators’ loaded hourly cost.',
        kind: 'number',
        unit: 'currency/h',
      }),
      f('inputs', 'labels.annotators', {
        label: 'Annotators',
        help: 'In-house annotators working at once; sets labeling time.',
        kind: 'number',
      }),
      f('inputs', 'labels.labelersPerItem', {
        label: 'Labelers per item',
        help: 'Consensus labeling multiplies cost (3–5 is common for hard items).',
        kind: 'number',
      }),
      f('inputs', 'labels.qaShare', {
        label: 'QA review share',
        help: 'Share of labels reviewed again.',
        kind: 'percent',
        unit: '%',
      }),
      f('inputs', 'labels.reworkShare', {
        label: 'Rework share',
        help: 'Share of labels redone after QA.',
        kind: 'percent',
        unit: '%',
      }),
      f('inputs', 'labels.newItemsPerMonth', {
        label: 'New labels per month after launch',
        help: 'Labels for new data (drift, new classes): a running cost.',
        kind: 'number',
      }),
    ],
  },
  {
    id: 'compute',
    title: 'Compute',
    fields: [
      f('inputs', 'compute.training.accelerator', {
        label: 'Training machine',
        help: 'Instance or accelerator used for experiments.',
        kind: 'text',
      }),
      f('inputs', 'compute.training.pricePerHour', {
        label: 'Training price per hour',
        help: 'On-demand price of the training machine.',
        kind: 'number',
        unit: 'currency/h',
      }),
      f('inputs', 'compute.training.hoursPerExperiment', {
        label: 'Hours per experiment',
        help: 'One training run; units accepted (e.g. 2 days).',
        kind: 'quantity',
        unit: 'h',
      }),
      f('inputs', 'compute.training.experimentsPerIteration', {
        label: 'Experiments per PoC iteration',
        help: 'Training runs in one iteration, tuning included.',
        kind: 'number',
      }),
      f('inputs', 'compute.inference.instance', {
        label: 'Inference instance',
        help: 'Machine that serves or scores the model.',
        kind: 'text',
      }),
      f('inputs', 'compute.inference.pricePerHour', {
        label: 'Inference price per hour',
        help: 'On-demand price per instance.',
        kind: 'number',
        unit: 'currency/h',
      }),
      f('inputs', 'compute.inference.instances', {
        label: 'Inference instances',
        help: 'Running all month after launch.',
        kind: 'number',
      }),
      f('inputs', 'compute.inference.requestsPerDay', {
        label: 'Requests per day',
        help: 'Predictions served per day.',
        kind: 'number',
      }),
      f('inputs', 'compute.storageGb', {
        label: 'Storage at launch',
        help: 'Stored data, models and versions; units accepted.',
        kind: 'quantity',
        unit: 'GB',
      }),
      f('inputs', 'compute.storagePricePerGbMonth', {
        label: 'Storage price',
        help: 'Per GB-month (every retained version is billed).',
        kind: 'number',
        unit: 'currency/GB-mo',
      }),
      f('inputs', 'compute.egressGbPerMonth', {
        label: 'Egress per month',
        help: 'Data leaving the cloud each month.',
        kind: 'quantity',
        unit: 'GB',
      }),
      f('inputs', 'compute.egressPricePerGb', {
        label: 'Egress price',
        help: 'Per GB.',
        kind: 'number',
        unit: 'currency/GB',
      }),
      yesNo(
        'inputs',
        'compute.onDevice',
        'Runs on phones or edge devices',
        'Adds model optimisation, conversion and device testing.',
      ),
      yesNo(
        'inputs',
        'compute.deviceTargets',
        'Device targets written down',
        'Latency, memory and power targets for on-device models.',
      ),
      yesNo(
        'inputs',
        'compute.laptopsOnly',
        'Training on laptops only',
        'No cloud or on-prem machines for training.',
      ),
    ],
  },
  {
    id: 'mlops',
    title: 'MLOps',
    fields: [
      f('inputs', 'mlops.maturity', {
        label: 'MLOps maturity',
        help: 'Google’s levels: 0 manual, 1 automated training pipeline, 2 CI/CD of pipelines. Higher costs more to build and less to run.',
        kind: 'select',
        options: [
          { value: 0, label: 'Level 0 — manual' },
          { value: 1, label: 'Level 1 — training pipeline' },
          { value: 2, label: 'Level 2 — CI/CD of pipelines' },
        ],
      }),
      yesNo(
        'inputs',
        'mlops.components.dataVersioning',
        'Data versioning',
        'Every training set pinned to a version.',
      ),
      yesNo(
        'inputs',
        'mlops.components.experimentTracking',
        'Experiment tracking',
        'Runs and parameters recorded.',
      ),
      yesNo(
        'inputs',
        'mlops.components.modelRegistry',
        'Model registry',
        'Models promoted through stages.',
      ),
      yesNo(
        'inputs',
        'mlops.components.cicd',
        'CI/CD for models',
        'Tests and automated release of training and serving code.',
      ),
      yesNo(
        'inputs',
        'mlops.components.monitoring',
        'Monitoring',
        'Health, input checks and output distributions, with alerts.',
      ),
      yesNo(
        'inputs',
        'mlops.components.driftDetection',
        'Drift detection',
        'Statistical tests on features and outcomes.',
      ),
      yesNo(
        'inputs',
        'mlops.components.retrainingPipeline',
        'Retraining pipeline',
        'Automated training on fresh data.',
      ),
      yesNo(
        'inputs',
        'mlops.components.labelLoop',
        'Labels for new data',
        'A loop that collects outcomes or labels after launch.',
      ),
      yesNo(
        'inputs',
        'mlops.components.abTesting',
        'A/B or shadow release',
        'Measure the model against today’s process before switching.',
      ),
      f('inputs', 'mlops.tooling', {
        label: 'Tooling',
        help: 'Self-hosted open source (hosting cost) or SaaS (per seat).',
        kind: 'select',
        options: [
          { value: 'open-source', label: 'Open source, self-hosted' },
          { value: 'saas', label: 'SaaS' },
        ],
      }),
      f('inputs', 'mlops.timing', {
        label: 'When MLOps is built',
        help: 'After the PoC has proven the metric, or alongside it.',
        kind: 'select',
        options: [
          { value: 'after-poc', label: 'After the PoC' },
          { value: 'with-poc', label: 'With the PoC' },
        ],
      }),
      f('inputs', 'mlops.retrainsPerMonth', {
        label: 'Retraining runs per month',
        help: 'After launch; a running cost.',
        kind: 'number',
      }),
    ],
  },
  {
    id: 'settings',
    title: 'Settings',
    fields: [
      f('settings', 'budget', {
        label: 'Budget',
        help: 'Build cost the sponsor will pay; shows the chance of staying within it.',
        kind: 'number',
        unit: 'currency',
        optional: true,
      }),
      f('settings', 'deadline', {
        label: 'Deadline',
        help: 'Launch date; shows the chance of making it.',
        kind: 'date',
        optional: true,
      }),
      f('settings', 'startDate', {
        label: 'Start date',
        help: 'First working day of the project.',
        kind: 'date',
      }),
      f('settings', 'workdaysPerWeek', {
        label: 'Working days per week',
        help: 'Monday first: 5 is Monday to Friday.',
        kind: 'number',
      }),
      f('settings', 'horizonMonths', {
        label: 'Running-cost horizon',
        help: 'Months after launch counted in the total cost of ownership.',
        kind: 'number',
        unit: 'months',
      }),
      f('settings', 'iterations', {
        label: 'Iterations',
        help: 'Simulated projects; more is smoother and slower (10,000 is plenty).',
        kind: 'number',
      }),
      f('settings', 'seed', {
        label: 'Seed',
        help: 'The same plan and seed give the same numbers everywhere.',
        kind: 'number',
      }),
      yesNo(
        'settings',
        'referenceClassUplift',
        'Add the outside view',
        'IT projects overrun: 1 in 6 is a black swan (+200% cost, +70% time; Flyvbjerg & Budzier 2011). Adds that to every draw.',
      ),
      yesNo(
        'settings',
        'mitigated',
        'Risks mitigated',
        'Simulate the risk register with its mitigations in place (their cost included).',
      ),
    ],
  },
];
