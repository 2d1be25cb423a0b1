import type { LatestResult } from './use-latest-result.ts';

type Props = { latest: LatestResult; what: string };

/** Says where the simulated columns come from, and when they are out of date or missing. */
export function ResultNote({ latest, what }: Props) {
  const text =
    latest.state === 'none'
      ? `${what}: no simulation yet; these columns fill in when the estimate is done.`
      : latest.state === 'stale'
        ? `${what}: from the estimate before your last change (out of date); they update when the new one is done.`
        : `${what}: from the latest simulation, ${latest.result.iterations.toLocaleString()} runs${latest.result.mitigated ? ', risks mitigated' : ''}.`;
  return <p className={`result-note result-note-${latest.state}`}>{text}</p>;
}
