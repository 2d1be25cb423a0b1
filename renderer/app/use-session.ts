import { useEffect } from 'react';
import { serializeProject } from '../../engine/index.ts';
import { useFathom } from '../state/use-fathom.ts';
import { useServices } from './services.ts';

/** Keeps the current document in the platform's session storage so it survives a reload. */
export function useSession(delayMs = 300): void {
  const { platform } = useServices();
  const project = useFathom((s) => s.project);
  useEffect(() => {
    const timer = setTimeout(() => void platform.storeSession(serializeProject(project)), delayMs);
    return () => clearTimeout(timer);
  }, [project, platform, delayMs]);
}
