import { useEffect } from 'react';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { openHostFile, runHostCommand } from './host-commands.ts';
import type { ActionOutcome } from './file-actions.ts';
import { useServices } from './services.ts';

/**
 * The renderer's side of the desktop shell (renders nothing; absent platform features are
 * skipped, so it is harmless in the browser): the window title and close prompt follow the
 * document, native menu commands and OS file opens run here, and plans dropped on the window open.
 */
export function DesktopHost() {
  const store = useFathomStore();
  const services = useServices();
  const { platform } = services;
  const fileName = useFathom((s) => s.fileName);
  const projectName = useFathom((s) => s.project.meta.name);
  const dirty = useFathom((s) => s.dirty);

  useEffect(() => {
    void platform.setDocumentState?.({ name: fileName ?? projectName, dirty });
  }, [platform, fileName, projectName, dirty]);

  useEffect(() => {
    const confirmDiscard = () =>
      !store.getState().dirty || window.confirm('Discard the unsaved changes to this plan?');
    const report = (outcome: ActionOutcome) => {
      if (!outcome.ok) window.alert(outcome.message);
    };
    const stop = platform.subscribe?.({
      command: (command) =>
        void runHostCommand(command, store, services, confirmDiscard).then(report),
      openFile: (file) => report(openHostFile(file, store, confirmDiscard)),
    });
    const { openDroppedFile } = platform;
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file || !openDroppedFile) return;
      event.preventDefault();
      openDroppedFile(file).then(
        (opened) => opened && report(openHostFile(opened, store, confirmDiscard)),
        (error: unknown) =>
          report({ ok: false, message: String(error instanceof Error ? error.message : error) }),
      );
    };
    if (openDroppedFile) {
      window.addEventListener('dragover', onDragOver);
      window.addEventListener('drop', onDrop);
    }
    return () => {
      stop?.();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [platform, services, store]);

  return null;
}
