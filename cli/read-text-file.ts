import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/**
 * Reads a UTF-8 text file for an import, turning every way it can fail into a `UserError` that
 * names the file: missing, a directory, unreadable, not UTF-8 (spreadsheets sometimes save
 * UTF-16 or a legacy code page).
 */
export function readTextFile(file: string): string {
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) {
      throw new UserError(`cannot read ${file}: it is a directory, not a file`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = errorCode(error);
    const reason =
      (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
    throw new UserError(`cannot read ${file}: ${reason}`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new UserError(
      `cannot read ${file}: it is UTF-16 text; save it as "CSV UTF-8 (comma delimited)"`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `cannot read ${file}: it is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"`,
    );
  }
}
