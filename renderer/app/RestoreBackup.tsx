import { useEffect, useState } from 'react';
import { parseProject, serializeProject } from '../../engine/index.ts';
import type { BackupInfo } from '../platform/platform-adapter.ts';
import { useFathomStore } from '../state/use-fathom.ts';
import { useServices } from './services.ts';

type Offer = { backup: BackupInfo; text: string };

/**
 * After a crash or a closed tab with unsaved changes, offers to restore the autosaved backup
 * (when it differs from the document the app started with). Restoring is one undoable edit.
 */
export function RestoreBackup() {
  const store = useFathomStore();
  const { platform } = useServices();
  const [offer, setOffer] = useState<Offer | undefined>();
  const [message, setMessage] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    void (async () => {
      if (!platform.listBackups || !platform.restoreBackup) return;
      const current = serializeProject(store.getState().project);
      for (const backup of await platform.listBackups()) {
        const text = await platform.restoreBackup(backup.id);
        if (text === undefined) continue;
        if (text === current) {
          await platform.discardBackup?.(backup.id);
          continue;
        }
        if (live) setOffer({ backup, text });
        return;
      }
    })();
    return () => {
      live = false;
    };
  }, [platform, store]);

  if (!offer && !message) return null;
  const close = (done: string | undefined) => {
    if (offer) void platform.discardBackup?.(offer.backup.id);
    setOffer(undefined);
    setMessage(done);
  };
  const restore = () => {
    if (!offer) return;
    try {
      const project = parseProject(offer.text);
      store.getState().edit(() => project);
      store.getState().setScenario(project.scenarios[0]!.id);
      close(`Restored the unsaved changes to "${offer.backup.name}". Save them to keep them.`);
    } catch (error) {
      close(`The backup could not be restored: ${(error as Error).message}`);
    }
  };

  return (
    <section className="restore-banner" role="alertdialog" aria-labelledby="restore-title">
      {offer ? (
        <>
          <h2 id="restore-title">Unsaved changes were found</h2>
          <p>
            Fathom kept a backup of “{offer.backup.name}” with changes that were not saved (the app
            closed before they were). Restore them, or discard the backup?
          </p>
          <button type="button" onClick={restore}>
            Restore
          </button>
          <button type="button" onClick={() => close(undefined)}>
            Discard
          </button>
        </>
      ) : (
        <>
          <p id="restore-title">{message}</p>
          <button type="button" onClick={() => setMessage(undefined)}>
            Dismiss
          </button>
        </>
      )}
    </section>
  );
}
