import { useMemo, useState } from 'react';
import type { RiskStatistics } from '../../engine/index.ts';
import { useBuiltScenario } from '../app/use-built-scenario.ts';
import { currentScenario } from '../state/edit-project.ts';
import { useFathom } from '../state/use-fathom.ts';
import { AddRiskForm } from './AddRiskForm.tsx';
import { ResultNote } from './ResultNote.tsx';
import { RisksExplainer } from './RisksExplainer.tsx';
import { riskRows } from './risk-rows.ts';
import { RiskTable } from './RiskTable.tsx';
import { templateOf } from './template-of.ts';
import { useLatestResult } from './use-latest-result.ts';
import { useScenarioEdit } from './use-scenario-edit.ts';
import './tabs.css';

/** The risk register as an editable table, with how risks are simulated and a form to add one. */
export function RisksTab() {
  const built = useBuiltScenario();
  const project = useFathom((s) => s.project);
  const scenarioId = useFathom((s) => s.scenarioId);
  const scenario = currentScenario(project, scenarioId);
  const latest = useLatestResult();
  const edit = useScenarioEdit();
  const [announcement, setAnnouncement] = useState('');
  const rows = useMemo(
    () => (built.ok ? riskRows(project, currentScenario(project, scenarioId)) : []),
    [built.ok, project, scenarioId],
  );

  if (!built.ok) {
    return (
      <div className="tab-page">
        <p className="tab-error" role="alert">
          The risk register cannot be built: {built.message}. Undo the last change (Ctrl+Z), or fix
          the input it names.
        </p>
      </div>
    );
  }
  const fired = new Map<string, RiskStatistics>((latest.result?.risks ?? []).map((r) => [r.id, r]));
  const taken = new Set([
    ...(templateOf(scenario.template)?.risks.map((r) => r.id) ?? []),
    ...scenario.risks.map((r) => r.id),
  ]);
  const warnings = built.value.warnings.filter((w) => w.startsWith('risk '));

  return (
    <div className="tab-page risks-tab">
      <div className="tab-intro">
        <h2>Risks</h2>
        <RisksExplainer mitigated={project.settings.mitigated} />
      </div>
      {warnings.length > 0 ? (
        <ul className="tab-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <ResultNote latest={latest} what="Fired" />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <RiskTable
        rows={rows}
        tasks={built.value.tasks}
        fired={fired}
        stale={latest.state === 'stale'}
        mitigated={latest.result?.mitigated}
        currency={project.meta.currency}
        edit={edit}
        onRemoved={(name) => setAnnouncement(`Deleted ${name}.`)}
      />
      <div className="tab-footer">
        <AddRiskForm
          tasks={built.value.tasks}
          taken={taken}
          currency={project.meta.currency}
          edit={edit}
          onAdded={(name) => setAnnouncement(`Added ${name}.`)}
        />
      </div>
    </div>
  );
}
