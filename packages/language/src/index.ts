// @exosh/language: PowerShell's Tokenizer, Parser and AST; pure, no Node APIs.
export {
  diagnostics,
  formatDiagnostic,
  type DiagnosticId,
  type DiagnosticEntry,
} from './diagnostics/index.js';
export * from './ast/index.js';
export { TokenKind } from './tokenizer/tokenKind.js';
export { TokenFlags } from './tokenizer/tokenFlags.js';
export { getTraits, hasTrait, getBinaryPrecedence, tokenKindText } from './tokenizer/tokenTraits.js';
export type { Token } from './tokenizer/token.js';
export type {
  ParseError,
  ParseOptions,
  ParseResult,
  TypeResolution,
  TypeResolutionRequest,
  UsingModuleRequest,
} from './parser/parseResult.js';
export { attributeTypeInfo, type AttributeTypeInfo } from './parser/attributeTypes.js';
export type { ModuleSpecificationFields } from './parser/moduleSpecification.js';
export { parse } from './parser/parse.js';
export { checkRestrictedLanguage } from './parser/restrictedLanguage.js';
export type { RestrictedLanguageOptions } from './parser/restrictedLanguage.js';
export { Tokenizer, type TokenizerMode } from './tokenizer/tokenizer.js';
export { getHelpContent, parseCommentHelp, type CommentHelpInfo } from './help/commentHelp.js';
