import { useEffect, useState } from 'react';
import { serializeProject } from '../../engine/index.ts';
import { useFathom } from '../state/use-fathom.ts';
import { useServices } from './services.ts';

/** Wait after the last change before writing the backup. */
export const AUTOSAVE_DELAY_MS = 3000;

/** One id per run of the app, so two open tabs keep separate backups. */
function newDocumentId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `doc-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Autosave: a few seconds after a change, writes the unsaved document to the platform's backup
 * store (never over the user's file); once saved (not dirty), the backup is discarded. Also asks
 * the browser to confirm closing the tab while there are unsaved changes.
 */
export function useAutosave(delayMs = AUTOSAVE_DELAY_MS): void {
  const { platform } = useServices();
  const project = useFathom((s) => s.project);
  const dirty = useFathom((s) => s.dirty);
  const name = useFathom((s) => s.fileName ?? s.project.meta.name);
  const [id] = useState(newDocumentId);

  useEffect(() => {
    if (!platform.writeBackup) return;
    if (!dirty) {
      void platform.discardBackup?.(id);
      return;
    }
    const timer = setTimeout(
      () => void platform.writeBackup?.(id, name, serializeProject(project)),
      delayMs,
    );
    return () => clearTimeout(timer);
  }, [project, dirty, name, id, platform, delayMs]);

  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a return value to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}
