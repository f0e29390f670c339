// Pipe: where a command's output objects go (the next command's input, a collector, or a host callback).
export interface Pipe {
  write(value: unknown): void;
}

export class CollectingPipe implements Pipe {
  readonly items: unknown[] = [];
  write(value: unknown): void {
    this.items.push(value);
  }
}

export class CallbackPipe implements Pipe {
  constructor(private readonly callback: (value: unknown) => void) {}
  write(value: unknown): void {
    this.callback(value);
  }
}

/** Discards everything (Out-Null, `$null = ...`, `> $null`). */
export const nullPipe: Pipe = { write: () => undefined };
