// Messages and shared-memory slots between the engine thread and the I/O worker of the sync bridge.
/** Int32 slots of the shared control buffer. */
export const enum ControlSlot {
  /** 0 while a request is in flight; the worker stores 1 and notifies when the reply is posted. */
  Reply = 0,
  /** Set to 1 by whoever wants the running pipeline stopped (Ctrl+C); the engine polls it. */
  Cancel = 1,
  /** Set to 1 by a host while a pipeline runs (the shell's keyboard thread reads it to turn Ctrl+C into a cancel). */
  Busy = 2,
  /**
   * Set to 1 by the worker when it can no longer serve: its code failed to load or threw outside any operation.
   * (bin/io-worker.js sets slot 3 itself when its bundle fails to load.)
   */
  Failed = 3,
}

export const controlSlots = 4;

export interface CallRequest {
  readonly kind: 'call';
  readonly id: number;
  /** URL of an ES module whose export runs in the worker. */
  readonly module: string;
  readonly export: string;
  readonly payload: unknown;
}

export interface CancelRequest {
  readonly kind: 'cancel';
  readonly id: number;
}

/** Loads `module` (and runs `export`, if named) ahead of need; nothing is replied, failures are ignored. */
export interface WarmRequest {
  readonly kind: 'warm';
  readonly module: string;
  readonly export?: string;
}

export type BridgeRequest = CallRequest | CancelRequest | WarmRequest;

export interface BridgeReply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  /** When ok is false: the error's name and message (never a stack). */
  readonly error?: { readonly name: string; readonly message: string; readonly data?: unknown };
}

/** What an operation running in the worker receives besides its payload. */
export interface BridgeOperationContext {
  readonly signal: AbortSignal;
}
