import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Project, Scenario } from '../../engine/index.ts';
import { useServices } from '../app/services.ts';
import type { OpenedFile } from '../platform/platform-adapter.ts';
import { currentScenario } from '../state/edit-project.ts';
import type { FathomStore } from '../state/store.ts';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import {
  planTaskImport,
  TASK_CSV_ACCEPT,
  tasksCount,
  type ImportIssue,
  type TaskImportPlan,
} from './import-tasks.ts';
import { templateOf } from './template-of.ts';
import type { ScenarioEdit } from './use-scenario-edit.ts';

type Props = {
  /** Tasks in the scenario's plan now (what a replace takes out); undefined when it cannot be built. */
  taskCount: number | undefined;
  edit: ScenarioEdit;
};

/** The file and the document a plan was made from: an edit in between makes it stale. */
type Source = { file: OpenedFile; project: Project; scenarioId: string };

type Step =
  | { kind: 'idle' }
  | { kind: 'confirm'; plan: TaskImportPlan; source: Source; replanned: boolean }
  | { kind: 'errors'; file: string | undefined; issues: ImportIssue[] }
  | { kind: 'done'; message: string };

/** A long list of problems shows its first rows; the first ones are what a fix starts with. */
const SHOWN_ISSUES = 100;

/** Reads the file against the document as it is now: the choice to offer, or the problems. */
function review(store: FathomStore, file: OpenedFile, replanned: boolean): Step {
  const { project, scenarioId } = store.getState();
  const scenario = currentScenario(project, scenarioId);
  const template = templateOf(scenario.template);
  if (!template) {
    return {
      kind: 'errors',
      file: file.name,
      issues: [{ message: `The plan's template "${scenario.template}" is unknown.` }],
    };
  }
  const check = planTaskImport(project, scenarioId, scenario, template, file);
  return check.ok
    ? { kind: 'confirm', plan: check.plan, source: { file, project, scenarioId }, replanned }
    : { kind: 'errors', file: check.file, issues: check.issues };
}

/**
 * "Import tasks from CSV…" on the Tasks tab: reads a task-list CSV (DESIGN §3) with the engine's
 * importer, asks whether it replaces the plan's tasks or adds to them, and applies it as one
 * undoable edit. A file with problems changes nothing; its problems are listed row by row.
 */
export function ImportTasks({ taskCount, edit }: Props) {
  const store = useFathomStore();
  const { platform } = useServices();
  const requested = useFathom((s) => s.taskImportRequested);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  // A file dialog still open when another is asked for answers nothing.
  const attempt = useRef(0);

  const start = useCallback(() => {
    const id = ++attempt.current;
    // Called straight from the click, with no await before it: the browser's file dialog needs
    // the user's gesture.
    platform.openTextFile({ accept: TASK_CSV_ACCEPT }).then(
      (file) => {
        if (id !== attempt.current || !file) return;
        setStep(review(store, file, false));
      },
      (error: unknown) => {
        if (id !== attempt.current) return;
        const message = error instanceof Error ? error.message : String(error);
        setStep({ kind: 'errors', file: undefined, issues: [{ message }] });
      },
    );
  }, [platform, store]);

  // The desktop menu's "Import Tasks from CSV…" lands here once the Tasks tab shows.
  useEffect(() => {
    if (!requested) return;
    store.getState().requestTaskImport(false);
    start();
  }, [requested, start, store]);

  const close = () => {
    setStep({ kind: 'idle' });
    button.current?.focus();
  };
  const apply = (plan: TaskImportPlan, scenario: Scenario, replaced: boolean) => {
    if (step.kind !== 'confirm') return;
    // An undo, an edit or another scenario since the file was read: offer the import again for
    // the plan as it is now, never the scenario computed from the old one.
    const { project, scenarioId } = store.getState();
    if (project !== step.source.project || scenarioId !== step.source.scenarioId) {
      setStep(review(store, step.source.file, true));
      return;
    }
    const problem = edit(() => scenario);
    if (problem !== undefined) {
      setStep({ kind: 'errors', file: plan.file, issues: [{ message: problem }] });
      return;
    }
    setStep({
      kind: 'done',
      message: replaced
        ? `Imported ${tasksCount(plan.count)} from ${plan.file}, replacing the plan’s ${taskCount === undefined ? 'tasks' : tasksCount(taskCount)}. Undo (Ctrl+Z) brings them back.`
        : `Imported ${tasksCount(plan.count)} from ${plan.file}, added to the plan. Undo (Ctrl+Z) takes them out again.`,
    });
    button.current?.focus();
  };

  return (
    <div className="import-tasks">
      <div className="import-tasks-bar">
        <button
          ref={button}
          type="button"
          aria-describedby="import-tasks-help"
          aria-haspopup="dialog"
          onClick={start}
        >
          Import tasks from CSV…
        </button>
        <span id="import-tasks-help" className="field-hint">
          A task list kept in a spreadsheet: id, name, min, likely, max, depends_on, … (see the
          README’s “Task-list CSV”).
        </span>
      </div>
      <p className="import-status" role="status">
        {step.kind === 'done' ? step.message : ''}
      </p>
      {step.kind === 'confirm' ? (
        <ConfirmImport
          key={step.replanned ? 'again' : 'first'}
          plan={step.plan}
          replanned={step.replanned}
          taskCount={taskCount}
          apply={apply}
          cancel={close}
        />
      ) : null}
      {step.kind === 'errors' ? <ImportErrors step={step} dismiss={close} /> : null}
    </div>
  );
}

function ConfirmImport({
  plan,
  replanned,
  taskCount,
  apply,
  cancel,
}: {
  plan: TaskImportPlan;
  replanned: boolean;
  taskCount: number | undefined;
  apply(plan: TaskImportPlan, scenario: Scenario, replaced: boolean): void;
  cancel(): void;
}) {
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    cancel();
  };
  return (
    <section
      className="import-dialog"
      role="dialog"
      aria-labelledby="import-dialog-title"
      aria-describedby="import-dialog-summary"
      onKeyDown={onKeyDown}
    >
      <h3 id="import-dialog-title">Import {plan.file}</h3>
      <p id="import-dialog-summary">
        The file has {tasksCount(plan.count)};{' '}
        {taskCount === undefined
          ? 'this scenario’s plan cannot be built now.'
          : `this scenario’s plan has ${tasksCount(taskCount)}.`}{' '}
        Nothing changes until you choose, and Undo (Ctrl+Z) takes the import back.
      </p>
      {replanned ? (
        <p className="import-replanned">
          The plan changed after the file was read: the choices below are for the plan as it is now.
          Choose again.
        </p>
      ) : null}
      <div className="import-choices">
        <div className="import-choice">
          <button
            ref={primary}
            type="button"
            className="primary"
            aria-describedby="import-replace-help"
            onClick={() => apply(plan, plan.replace, true)}
          >
            Replace {taskCount === undefined ? 'the plan’s tasks' : tasksCount(taskCount)} with{' '}
            {plan.count} from {plan.file}
          </button>
          <p id="import-replace-help" className="field-hint">
            The file becomes the task list: the template’s tasks are deleted (each can be restored
            below) and tasks you added are replaced. Risks, drivers and running costs stay; turn off
            those that do not fit.
          </p>
        </div>
        <div className="import-choice">
          <button
            type="button"
            disabled={!plan.add.ok}
            aria-describedby="import-add-help"
            onClick={() => plan.add.ok && apply(plan, plan.add.scenario, false)}
          >
            Add {tasksCount(plan.count)} to the plan
          </button>
          <p id="import-add-help" className="field-hint">
            {plan.add.ok
              ? 'Next to the template’s tasks; link them to those in the table afterwards.'
              : `Not possible: ${plan.add.reason}`}
          </p>
        </div>
      </div>
      {plan.warnings.length > 0 ? (
        <>
          <h4 id="import-notes-title">Notes on the file</h4>
          <ul className="tab-warnings import-notes" aria-labelledby="import-notes-title">
            {plan.warnings.map((w, i) => (
              <li key={i}>{describeIssue(w)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="import-dialog-actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function describeIssue(issue: ImportIssue): string {
  const where = [
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.column !== undefined ? `column "${issue.column}"` : undefined,
  ].filter((w) => w !== undefined);
  return where.length > 0 ? `${where.join(', ')}: ${issue.message}` : issue.message;
}

function ImportErrors({
  step,
  dismiss,
}: {
  step: { file: string | undefined; issues: ImportIssue[] };
  dismiss(): void;
}) {
  const { file, issues } = step;
  const located = issues.some((i) => i.row !== undefined || i.column !== undefined);
  // In the file's order (the engine groups them by kind of check); unlocated ones first.
  const shown = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, SHOWN_ISSUES);
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return (
    <section className="import-errors" role="alert" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">
        {file ? `${file} was not imported` : 'The file was not imported'}
      </h3>
      <p>
        {located ? `${count}, by row. ` : ''}Nothing in the plan was changed. Fix the file and
        import it again.
      </p>
      {located ? (
        <div className="import-errors-scroll">
          <table className="import-errors-table">
            <caption className="visually-hidden">Problems in {file ?? 'the file'}, by row</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, i) => (
                <tr key={i}>
                  <td>{issue.row ?? '—'}</td>
                  <td>{issue.column ?? '—'}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <ul className="import-errors-list">
          {shown.map((issue, i) => (
            <li key={i}>{issue.message}</li>
          ))}
        </ul>
      )}
      {issues.length > shown.length ? (
        <p className="field-hint">
          The first {shown.length} of {issues.length} problems are shown.
        </p>
      ) : null}
      <button type="button" className="small" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
