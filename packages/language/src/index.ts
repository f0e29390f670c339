// @exosh/language: PowerShell's Tokenizer, Parser and AST; pure, no Node APIs.
export {
  diagnostics,
  formatDiagnostic,
  type DiagnosticId,
  type DiagnosticEntry,
} from './diagnostics/index.js';
