import { useEffect, useState } from 'react';
import type { Comparison, Project } from '../../engine/index.ts';
import { useServices } from '../app/services.ts';
import { useFathom } from '../state/use-fathom.ts';

/** Wait after the last edit before comparing again, so typing never queues comparisons. */
const COMPARE_DELAY_MS = 400;

export type ComparisonState = {
  comparison: Comparison | undefined;
  /** True when the shown comparison was computed from another version of the document. */
  stale: boolean;
  running: boolean;
  progress: number;
  error: string | undefined;
};

/** The comparison of `scenarioIds` (with the baseline), computed in the simulation worker. */
export function useComparison(scenarioIds: string[]): ComparisonState {
  const { simulation } = useServices();
  const project = useFathom((s) => s.project);
  const key = scenarioIds.join('\n');
  const [shown, setShown] = useState<{ comparison: Comparison; project: Project; key: string }>();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    setRunning(true);
    setProgress(0);
    const timer = setTimeout(() => {
      simulation.compare(project, key.split('\n'), {
        onComparison: (comparison) => {
          setShown({ comparison, project, key });
          setRunning(false);
          setProgress(1);
          setError(undefined);
        },
        onProgress: setProgress,
        onError: (message) => {
          setError(message);
          setRunning(false);
        },
      });
    }, COMPARE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [project, key, simulation]);

  return {
    comparison: shown?.comparison,
    stale: shown !== undefined && (shown.project !== project || shown.key !== key),
    running,
    progress,
    error,
  };
}
