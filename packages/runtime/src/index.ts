// @exosh/runtime: the PowerShell engine (session state, pipelines, evaluator, streams, formatting, built-ins).
export {
  ErrorRecord,
  type ErrorCategory,
  type ErrorRecordInit,
  type CategoryInfo,
  type InvocationInfo,
  type ScriptPosition,
} from './errors/error-record.js';
