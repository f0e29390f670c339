// The sync bridge: synchronous calls from the engine thread into async operations run by an I/O worker.
export {
  SyncBridge,
  BridgeCancelledError,
  BridgeOperationError,
  useIoWorker,
  type IoWorkerLaunch,
  type PrestartedWorker,
} from './sync-bridge.js';
export type { BridgeOperationContext } from './protocol.js';
export { siblingModuleUrl } from './sibling-module.js';
