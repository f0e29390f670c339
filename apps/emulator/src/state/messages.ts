// Start-up failure messages of the emulator, keyed by id (data, not literals in code).
const ADVICE =
  'Move the folder aside or pass another --state folder; the emulator never resets a tenant silently.';

export const StartupMessages = {
  StateFileUnreadable: `The emulator state folder '{0}' is corrupt: '{1}' cannot be read ({2}). ${ADVICE}`,
  StateFileInvalid: `The emulator state folder '{0}' is corrupt: '{1}' is not a valid exosh-emulator state file ({2}). ${ADVICE}`,
  StateFileNewer: `The emulator state folder '{0}' was written by a newer exosh-emulator (state version {1}). ${ADVICE}`,
  StateFolderNotDirectory: "The emulator state path '{0}' exists and is not a folder.",
  PortInUse:
    'Port {0} on 127.0.0.1 is already in use. Stop the other process or pass --port <n> (0 picks a free port).',
  InvalidPort: "'{0}' is not a valid port: use 0 to 65535.",
  InvalidMailboxCount: "'{0}' is not a valid number of mailboxes: use a whole number.",
  ListenFailed: 'The emulator could not listen on 127.0.0.1:{0} ({1}).',
} as const;

export type StartupMessageId = keyof typeof StartupMessages;

/** Thrown when the emulator cannot start; the CLI prints its message without a stack. */
export class EmulatorStartupError extends Error {
  readonly errorId: StartupMessageId;

  constructor(errorId: StartupMessageId, args: readonly string[]) {
    super(StartupMessages[errorId].replace(/\{(\d+)\}/g, (all, i: string) => args[Number(i)] ?? all));
    this.name = 'EmulatorStartupError';
    this.errorId = errorId;
  }
}
