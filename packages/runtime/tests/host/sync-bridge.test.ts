import { afterEach, describe, expect, it } from 'vitest';
import { BridgeCancelledError, BridgeOperationError, SyncBridge } from '../../src/host/sync-bridge/index.js';

const ops = new URL('./fixtures/ops.mjs', import.meta.url).href;

describe('SyncBridge', () => {
  let bridge: SyncBridge;
  afterEach(async () => bridge.dispose());

  it('returns the value of an async operation synchronously', () => {
    bridge = new SyncBridge();
    expect(bridge.call(ops, 'echoLater', { ms: 20, value: 'hi' })).toEqual({ echo: 'hi' });
    expect(bridge.call(ops, 'echoLater', { ms: 0, value: [1, 2] })).toEqual({ echo: [1, 2] });
  });

  it('rethrows an operation failure with its name and message', () => {
    bridge = new SyncBridge();
    let caught: unknown;
    try {
      bridge.call(ops, 'fail', null);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BridgeOperationError);
    expect((caught as BridgeOperationError).errorName).toBe('TypeError');
    expect((caught as BridgeOperationError).message).toBe('the operation failed');
  });

  it('stops waiting when cancel is requested from another thread, and stays usable', async () => {
    bridge = new SyncBridge();
    // Another thread (the Ctrl+C watcher in the shell) sets the cancel slot; emulate it with a second worker.
    const { Worker } = await import('node:worker_threads');
    const setter = new Worker(
      `const { workerData } = require('node:worker_threads');
       setTimeout(() => { Atomics.store(workerData, 1, 1); Atomics.notify(workerData, 0); }, 50);`,
      { eval: true, workerData: bridge.control },
    );
    expect(() => bridge.call(ops, 'waitForAbort', null)).toThrow(BridgeCancelledError);
    await setter.terminate();
    bridge.clearCancel();
    expect(bridge.call(ops, 'echoLater', { ms: 0, value: 'again' })).toEqual({ echo: 'again' });
  });

  it('sleeps for the requested time and can be cancelled', () => {
    bridge = new SyncBridge();
    const start = Date.now();
    bridge.sleep(30);
    expect(Date.now() - start).toBeGreaterThanOrEqual(29);
    bridge.requestCancel();
    expect(() => bridge.sleep(10_000)).toThrow(BridgeCancelledError);
  });

  it('ends the wait with BridgeWorkerFailed when the worker fails outside any operation', () => {
    bridge = new SyncBridge();
    let caught: unknown;
    try {
      bridge.call(ops, 'crashLater', null);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(BridgeOperationError);
    expect((caught as BridgeOperationError).errorName).toBe('BridgeWorkerFailed');
  });

  it('warm() starts the worker and runs the export ahead of the first call, without a reply', () => {
    bridge = new SyncBridge();
    bridge.warm(ops, 'warmUp');
    // The warm message is queued before the call, so the worker has run warmUp by the time it answers.
    expect(bridge.call(ops, 'warmCount', null)).toBe(1);
    expect(bridge.call(ops, 'echoLater', { ms: 0, value: 'after warm' })).toEqual({ echo: 'after warm' });
  });

  it('a warm() that fails (no such module) is ignored and the bridge stays usable', () => {
    bridge = new SyncBridge();
    bridge.warm(new URL('./fixtures/no-such-module.mjs', import.meta.url).href, 'warmUp');
    bridge.warm(ops, 'noSuchExport');
    expect(bridge.call(ops, 'echoLater', { ms: 0, value: 'fine' })).toEqual({ echo: 'fine' });
  });
});
