import type { Finding } from '../../engine/index.ts';
import { useFathomStore } from '../state/use-fathom.ts';

const severityLabel = { critical: 'Critical', warning: 'Warning', info: 'Note' } as const;

/** The advisor's findings, each with a link to the input it concerns. */
export function AdvisorList({ findings }: { findings: readonly Finding[] }) {
  const store = useFathomStore();
  if (findings.length === 0) {
    return (
      <section className="advisor" aria-labelledby="advisor-title">
        <h2 id="advisor-title">What the plan may have forgotten</h2>
        <p>Nothing: the plan covers what practitioners most often forget.</p>
      </section>
    );
  }
  return (
    <section className="advisor" aria-labelledby="advisor-title">
      <h2 id="advisor-title">What the plan may have forgotten</h2>
      <ul>
        {findings.map((finding) => (
          <li key={finding.rule} className={`finding finding-${finding.severity}`}>
            <span className="finding-severity">{severityLabel[finding.severity]}</span>
            <div>
              <p className="finding-message">{finding.message}</p>
              <p className="finding-reason">{finding.reason}</p>
              {finding.inputs[0] ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const state = store.getState();
                    state.setTab('results');
                    state.requestFocus(finding.inputs[0]);
                  }}
                >
                  Go to the input
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
