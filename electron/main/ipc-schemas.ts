import { z } from 'zod';
import { MAX_PROJECT_BYTES, parseProject } from '../../engine/project/load-project.ts';
import { EXPORT_TYPES, type InvokeChannel, type InvokeContract } from '../contract.ts';
import { BACKUP_ID } from './backups.ts';

/** Largest export (a PDF report with charts stays far below this). */
export const MAX_EXPORT_BYTES = 100 * 1024 * 1024;

/** An absolute or relative file path: a non-empty string without NUL bytes. */
const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path cannot contain NUL');
const fileName = z.string().min(1).max(255);

/**
 * A project document as text, checked with the engine's own loader (the JSON, its schema version,
 * migrations and `projectSchema`): what main writes is always a project the app can open again.
 */
export const projectText = z
  .string()
  .max(MAX_PROJECT_BYTES)
  .superRefine((text, ctx) => {
    try {
      parseProject(text);
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `not a valid project: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });

const mimeType = z.enum(Object.keys(EXPORT_TYPES) as [keyof typeof EXPORT_TYPES]);
const exportData = z.union([
  z.string().max(MAX_EXPORT_BYTES),
  z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES, 'export too large'),
]);
/** File extensions an open dialog may offer: `.csv`, `.txt` (a dot, then letters and digits). */
const extensions = z
  .array(
    z.string().regex(/^\.[a-z0-9]{1,10}$/i, 'an extension is a dot and up to 10 letters or digits'),
  )
  .min(1)
  .max(8);
const backupId = z.string().regex(BACKUP_ID);

/** The arguments each channel accepts, as a tuple: main parses every payload with these. */
export const ipcArgumentSchemas = {
  'open-project': z.tuple([]),
  'open-recent': z.tuple([filePath]),
  'open-dropped-file': z.tuple([filePath]),
  'save-project': z.tuple([filePath, projectText]),
  'save-project-as': z.tuple([projectText, fileName]),
  'open-text-file': z.tuple([extensions]),
  'export-file': z.tuple([fileName, mimeType, exportData]),
  'load-session': z.tuple([]),
  'store-session': z.tuple([projectText]),
  'recent-files': z.tuple([]),
  'set-document-state': z.tuple([
    z.object({ name: z.string().max(1024), dirty: z.boolean() }).strict(),
  ]),
  'close-window': z.tuple([]),
  'open-external': z.tuple([z.string().max(2048)]),
  'write-backup': z.tuple([backupId, z.string().max(1024), projectText]),
  'list-backups': z.tuple([]),
  'restore-backup': z.tuple([backupId]),
  'discard-backup': z.tuple([backupId]),
} satisfies { [K in InvokeChannel]: z.ZodType<Parameters<InvokeContract[K]>> };
