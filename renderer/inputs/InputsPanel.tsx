import { useMemo } from 'react';
import { currentScenario } from '../state/edit-project.ts';
import { useFathom } from '../state/use-fathom.ts';
import { sections } from './field-catalog.ts';
import { InputField } from './InputField.tsx';
import { TeamEditor } from './TeamEditor.tsx';
import { DriversEditor } from './DriversEditor.tsx';
import { templateOf } from '../tabs/template-of.ts';

/** The questionnaire, in sections (DESIGN §2 "Inputs"). */
export function InputsPanel() {
  const scenarioId = useFathom((s) => s.scenarioId);
  const templateId = useFathom((s) => currentScenario(s.project, scenarioId).template);
  const currency = useFathom((s) => s.project.meta.currency);
  const template = useMemo(() => templateOf(templateId), [templateId]);
  const byId = (id: string) => sections.find((s) => s.id === id)!;
  const section = (id: string, open = false) => {
    const spec = byId(id);
    return (
      <details key={id} className="input-section" open={open}>
        <summary>
          <h2>{spec.title}</h2>
        </summary>
        {spec.fields.map((field) => (
          <InputField key={field.id} spec={field} template={template} currency={currency} />
        ))}
      </details>
    );
  };
  return (
    <div className="inputs-panel" aria-label="Inputs">
      {section('goal', true)}
      {section('data', true)}
      {section('labels', true)}
      <details className="input-section" open>
        <summary>
          <h2>Team</h2>
        </summary>
        <TeamEditor />
      </details>
      {section('compute')}
      {section('mlops')}
      <details className="input-section">
        <summary>
          <h2>Risks &amp; drivers</h2>
        </summary>
        <DriversEditor />
      </details>
      {section('settings')}
    </div>
  );
}
