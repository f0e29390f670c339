// StoreOpenError: the state file cannot be used (corrupt, foreign or newer schema); start-up must stop, never reset.

export class StoreOpenError extends Error {
  readonly path: string;

  constructor(path: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `The tenant store '${path}' cannot be opened: ${reason}. The file was left untouched; ` +
        'restore it from a backup or start with an empty state folder.',
      { cause },
    );
    this.name = 'StoreOpenError';
    this.path = path;
  }
}
