// @exosh/runtime: the PowerShell engine (session state, pipelines, evaluator, streams, formatting, built-ins).
export {
  ErrorRecord,
  type ErrorCategory,
  type ErrorRecordInit,
  type CategoryInfo,
  type InvocationInfo,
  type ScriptPosition,
  errorCategoryOf,
} from './errors/error-record.js';
export { RuntimeException } from './errors/runtime-exception.js';
export {
  Runspace,
  createRunspace,
  type RunspaceOptions,
  type InvokeOptions,
  type InvokeResult,
} from './runspace/runspace.js';
export type {
  CmdletImplementation,
  CommandRuntime,
  HostWriteOptions,
} from './engine/commands/cmdlet-implementation.js';
export type { HostInterface } from './engine/host-interface.js';
export type {
  StreamRecord,
  InformationRecord,
  ProgressRecord,
  StreamSink,
} from './engine/streams/records.js';
export type { ExecutionContext } from './engine/execution-context.js';
export {
  SyncBridge,
  BridgeCancelledError,
  BridgeOperationError,
  siblingModuleUrl,
  useIoWorker,
  type BridgeOperationContext,
  type IoWorkerLaunch,
  type PrestartedWorker,
} from './host/sync-bridge/index.js';
export { lazyBuiltin } from './host/lazy-builtin.js';
export { listMembers, type MemberDescriptor } from './members/index.js';
export { getMember, propertyNamesOf } from './engine/semantics/index.js';
export { ScriptBlock } from './engine/script-block.js';
export {
  formatOutput,
  formatEnumerationLimit,
  formatErrorConcise,
  formatErrorView,
  type ErrorColors,
  type ErrorViewOptions,
  FormatViewRegistry,
  type FormatOptions,
  type FormatView,
  type ListView,
  type TableView,
  renderProgressMinimal,
  PendingProgress,
  type ProgressLine,
  defaultProgressStyle,
  type ProgressStyle,
  psStyleSettings,
  rendersVt,
  type PSStyleSettings,
  type ViewRendering,
} from './format/index.js';
export { toStringForDisplay, convertToString } from './conversion/index.js';
export { PSObject } from './values/ps-object.js';
export { PSHashtable } from './values/ps-hashtable.js';
export { PSDateTime } from './values/ps-datetime.js';
export { PSInt64 } from './values/ps-int64.js';
export { PSUInt32, PSUInt64, isUnsigned } from './values/ps-unsigned.js';
export { PSDouble, doubleValue } from './values/ps-double.js';
export { PSEnumValue } from './values/ps-enum.js';
export { PSGuid } from './values/ps-guid.js';
export { PSChar } from './values/ps-char.js';
export { PSUri } from './values/ps-uri.js';
export { commandMetadataFromScriptBlock } from './engine/binding/metadata-from-ast.js';
export { method, type MethodDef } from './types/method-def.js';
export type { TypeInfoInit } from './types/type-info.js';
export { PS_TYPE_NAMES } from './values/symbols.js';
export { Transcription, transcriptionOf } from './host/transcript/transcription.js';
export { PSCredential, credentialSecret } from './cmdlets/security/index.js';
