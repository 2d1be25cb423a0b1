/** Where a command writes; the process's streams in `bin/fathom`, buffers in tests. */
export type Io = {
  stdout(text: string): void;
  stderr(text: string): void;
};

/** A `fathom` subcommand. `run` returns the exit code or throws `UserError` for bad input. */
export type Command = {
  name: string;
  /** One line for `fathom --help`. */
  summary: string;
  /** The full text of `fathom help NAME`. */
  help: string;
  /** False for commands DESIGN §3 names but this version does not have yet. */
  available: boolean;
  run(args: readonly string[], io: Io): number;
};
