import type { Command } from '../command.ts';
import { compareCommand } from './compare.ts';
import { newCommand } from './new.ts';
import { templatesCommand } from './templates.ts';

/** The commands that work with project files and templates. */
export const projectCommands: readonly Command[] = [templatesCommand, newCommand, compareCommand];
