import { useFathom } from '../state/use-fathom.ts';
import { AdvisorList } from './AdvisorList.tsx';
import { Headline } from './Headline.tsx';
import { Odds } from './Odds.tsx';
import { ResultCharts } from './ResultCharts.tsx';
import { formatPercent } from '../app/format.ts';
import { useLingering } from '../app/use-lingering.ts';

/** The live estimate: headline, odds, charts and the advisor, marked stale while out of date. */
/** What the status says while the full estimate follows a quick one already on screen. */
function quickNote(pass: string | undefined, shown: number | undefined, total: number): string {
  if (pass !== 'quick') return '';
  return shown !== undefined && shown >= total
    ? 'headline final, adding drivers and task figures'
    : 'quick estimate shown, refining';
}

export function ResultsPanel() {
  const result = useFathom((s) => s.result);
  const resultProject = useFathom((s) => s.resultProject);
  const project = useFathom((s) => s.project);
  const invalidCount = useFathom((s) => Object.keys(s.invalid).length);
  const running = useFathom((s) => s.running);
  const progress = useFathom((s) => s.progress);
  const pass = useFathom((s) => s.pass);
  const error = useFathom((s) => s.error);
  const currency = project.meta.currency;
  // An edit makes the estimate out of date for the ~0.1 s until the quick estimate arrives; only
  // say so when it lasts (or an input is invalid), so the screen does not flicker while typing.
  const outdated = useLingering(result !== undefined && resultProject !== project, 400);
  const stale = result !== undefined && (outdated || invalidCount > 0);

  return (
    <div className={`results-panel${stale ? ' stale' : ''}`} aria-busy={running}>
      <div className="estimate-status" role="status" aria-live="polite">
        {invalidCount > 0
          ? `Out of date: ${invalidCount === 1 ? 'an input is' : `${invalidCount} inputs are`} not valid; the last valid estimate is shown.`
          : error
            ? ''
            : running
              ? `Estimating… ${quickNote(pass, result?.iterations, project.settings.iterations)} ${formatPercent(progress)}`
              : result
                ? `${result.iterations.toLocaleString()} simulated projects · seed ${result.seed}`
                : 'Estimating…'}
        {running ? <progress max={1} value={progress} aria-label="Simulation progress" /> : null}
      </div>
      {error ? (
        <div className="field-error" role="alert">
          The plan cannot be simulated: {error.message}
        </div>
      ) : null}
      {result ? (
        <>
          <Headline result={result} currency={currency} />
          <Odds result={result} />
          <ResultCharts result={result} currency={currency} />
          <AdvisorList findings={result.findings} />
        </>
      ) : null}
    </div>
  );
}
