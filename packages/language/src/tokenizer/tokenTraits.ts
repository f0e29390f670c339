// TokenTraits: the static flags and display text of each TokenKind (PowerShell's TokenTraits table).
import { TokenFlags as F } from './tokenFlags.js';
import type { TokenFlags } from './tokenFlags.js';
import type { TokenKind } from './tokenKind.js';

const traits: Record<TokenKind, readonly [flags: TokenFlags, text: string]> = {
  Unknown: [F.None, 'unknown'],
  Variable: [F.None, 'var'],
  SplattedVariable: [F.None, '@var'],
  Parameter: [F.None, 'param'],
  Number: [F.None, 'number'],
  Label: [F.None, 'label'],
  Identifier: [F.None, 'ident'],
  Generic: [F.None, 'generic'],
  NewLine: [F.ParseModeInvariant, 'newline'],
  LineContinuation: [F.ParseModeInvariant, 'line continuation'],
  Comment: [F.ParseModeInvariant, 'comment'],
  EndOfInput: [F.ParseModeInvariant, 'eof'],
  StringLiteral: [F.ParseModeInvariant, 'sqstr'],
  StringExpandable: [F.ParseModeInvariant, 'dqstr'],
  HereStringLiteral: [F.ParseModeInvariant, 'sq here string'],
  HereStringExpandable: [F.ParseModeInvariant, 'dq here string'],
  LParen: [F.ParseModeInvariant, '('],
  RParen: [F.ParseModeInvariant, ')'],
  LCurly: [F.ParseModeInvariant, '{'],
  RCurly: [F.ParseModeInvariant, '}'],
  LBracket: [F.None, '['],
  RBracket: [F.ParseModeInvariant, ']'],
  AtParen: [F.ParseModeInvariant, '@('],
  AtCurly: [F.ParseModeInvariant, '@{'],
  DollarParen: [F.ParseModeInvariant, '$('],
  Semi: [F.ParseModeInvariant, ';'],
  AndAnd: [F.ParseModeInvariant, '&&'],
  OrOr: [F.ParseModeInvariant, '||'],
  Ampersand: [F.SpecialOperator | F.ParseModeInvariant, '&'],
  Pipe: [F.SpecialOperator | F.ParseModeInvariant, '|'],
  Comma: [F.UnaryOperator | F.ParseModeInvariant, ','],
  MinusMinus: [F.UnaryOperator | F.PrefixOrPostfixOperator | F.DisallowedInRestrictedMode, '--'],
  PlusPlus: [F.UnaryOperator | F.PrefixOrPostfixOperator | F.DisallowedInRestrictedMode, '++'],
  DotDot: [F.BinaryOperator | F.BinaryPrecedenceRange | F.DisallowedInRestrictedMode, '..'],
  ColonColon: [F.SpecialOperator | F.DisallowedInRestrictedMode, '::'],
  Dot: [F.SpecialOperator | F.DisallowedInRestrictedMode, '.'],
  Exclaim: [F.UnaryOperator | F.CanConstantFold, '!'],
  Multiply: [F.BinaryOperator | F.BinaryPrecedenceMultiply | F.CanConstantFold, '*'],
  Divide: [F.BinaryOperator | F.BinaryPrecedenceMultiply | F.CanConstantFold, '/'],
  Rem: [F.BinaryOperator | F.BinaryPrecedenceMultiply | F.CanConstantFold, '%'],
  Plus: [F.BinaryOperator | F.BinaryPrecedenceAdd | F.UnaryOperator | F.CanConstantFold, '+'],
  Minus: [F.BinaryOperator | F.BinaryPrecedenceAdd | F.UnaryOperator | F.CanConstantFold, '-'],
  Equals: [F.AssignmentOperator, '='],
  PlusEquals: [F.AssignmentOperator, '+='],
  MinusEquals: [F.AssignmentOperator, '-='],
  MultiplyEquals: [F.AssignmentOperator, '*='],
  DivideEquals: [F.AssignmentOperator, '/='],
  RemainderEquals: [F.AssignmentOperator, '%='],
  Redirection: [F.DisallowedInRestrictedMode, 'redirection'],
  RedirectInStd: [F.ParseModeInvariant | F.DisallowedInRestrictedMode, '<'],
  Format: [F.BinaryOperator | F.BinaryPrecedenceFormat | F.DisallowedInRestrictedMode, '-f'],
  Not: [F.UnaryOperator | F.CanConstantFold, '-not'],
  Bnot: [F.UnaryOperator | F.CanConstantFold, '-bnot'],
  And: [F.BinaryOperator | F.BinaryPrecedenceLogical | F.CanConstantFold, '-and'],
  Or: [F.BinaryOperator | F.BinaryPrecedenceLogical | F.CanConstantFold, '-or'],
  Xor: [F.BinaryOperator | F.BinaryPrecedenceLogical | F.CanConstantFold, '-xor'],
  Band: [F.BinaryOperator | F.BinaryPrecedenceBitwise | F.CanConstantFold, '-band'],
  Bor: [F.BinaryOperator | F.BinaryPrecedenceBitwise | F.CanConstantFold, '-bor'],
  Bxor: [F.BinaryOperator | F.BinaryPrecedenceBitwise | F.CanConstantFold, '-bxor'],
  Join: [
    F.BinaryOperator | F.UnaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode,
    '-join',
  ],
  Ieq: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-eq'],
  Ine: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-ne'],
  Ige: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-ge'],
  Igt: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-gt'],
  Ilt: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-lt'],
  Ile: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-le'],
  Ilike: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-ilike'],
  Inotlike: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-inotlike'],
  Imatch: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode, '-imatch'],
  Inotmatch: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode, '-inotmatch'],
  Ireplace: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode, '-ireplace'],
  Icontains: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-icontains'],
  Inotcontains: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-inotcontains'],
  Iin: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-iin'],
  Inotin: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-inotin'],
  Isplit: [
    F.BinaryOperator | F.UnaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode,
    '-isplit',
  ],
  Ceq: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-ceq'],
  Cne: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cne'],
  Cge: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cge'],
  Cgt: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cgt'],
  Clt: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-clt'],
  Cle: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cle'],
  Clike: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-clike'],
  Cnotlike: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cnotlike'],
  Cmatch: [
    F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator | F.DisallowedInRestrictedMode,
    '-cmatch',
  ],
  Cnotmatch: [
    F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator | F.DisallowedInRestrictedMode,
    '-cnotmatch',
  ],
  Creplace: [
    F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator | F.DisallowedInRestrictedMode,
    '-creplace',
  ],
  Ccontains: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-ccontains'],
  Cnotcontains: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cnotcontains'],
  Cin: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cin'],
  Cnotin: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CaseSensitiveOperator, '-cnotin'],
  Csplit: [
    F.BinaryOperator |
      F.UnaryOperator |
      F.BinaryPrecedenceComparison |
      F.CaseSensitiveOperator |
      F.DisallowedInRestrictedMode,
    '-csplit',
  ],
  Is: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-is'],
  IsNot: [F.BinaryOperator | F.BinaryPrecedenceComparison, '-isnot'],
  As: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.DisallowedInRestrictedMode, '-as'],
  PostfixPlusPlus: [F.UnaryOperator | F.PrefixOrPostfixOperator | F.DisallowedInRestrictedMode, '++'],
  PostfixMinusMinus: [F.UnaryOperator | F.PrefixOrPostfixOperator | F.DisallowedInRestrictedMode, '--'],
  Shl: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CanConstantFold, '-shl'],
  Shr: [F.BinaryOperator | F.BinaryPrecedenceComparison | F.CanConstantFold, '-shr'],
  Colon: [F.SpecialOperator | F.DisallowedInRestrictedMode, ':'],
  QuestionMark: [F.TernaryOperator | F.DisallowedInRestrictedMode, '?'],
  QuestionQuestionEquals: [F.AssignmentOperator, '??='],
  QuestionQuestion: [F.BinaryOperator | F.BinaryPrecedenceCoalesce, '??'],
  QuestionDot: [F.SpecialOperator | F.DisallowedInRestrictedMode, '?.'],
  QuestionLBracket: [F.None, '?['],
  Begin: [F.Keyword | F.ScriptBlockBlockName, 'begin'],
  Break: [F.Keyword | F.StatementDoesntSupportAttributes, 'break'],
  Catch: [F.Keyword, 'catch'],
  Class: [F.Keyword, 'class'],
  Clean: [F.Keyword | F.ScriptBlockBlockName, 'clean'],
  Continue: [F.Keyword | F.StatementDoesntSupportAttributes, 'continue'],
  Data: [F.Keyword | F.StatementDoesntSupportAttributes, 'data'],
  Define: [F.Keyword | F.StatementDoesntSupportAttributes, 'define'],
  Do: [F.Keyword | F.StatementDoesntSupportAttributes, 'do'],
  Dynamicparam: [F.Keyword | F.ScriptBlockBlockName, 'dynamicparam'],
  Else: [F.Keyword, 'else'],
  ElseIf: [F.Keyword, 'elseif'],
  End: [F.Keyword | F.ScriptBlockBlockName, 'end'],
  Exit: [F.Keyword | F.StatementDoesntSupportAttributes, 'exit'],
  Filter: [F.Keyword | F.StatementDoesntSupportAttributes, 'filter'],
  Finally: [F.Keyword, 'finally'],
  For: [F.Keyword | F.StatementDoesntSupportAttributes, 'for'],
  Foreach: [F.Keyword | F.StatementDoesntSupportAttributes, 'foreach'],
  From: [F.Keyword | F.StatementDoesntSupportAttributes, 'from'],
  Function: [F.Keyword | F.StatementDoesntSupportAttributes, 'function'],
  If: [F.Keyword | F.StatementDoesntSupportAttributes, 'if'],
  In: [F.Keyword, 'in'],
  Param: [F.Keyword, 'param'],
  Process: [F.Keyword | F.ScriptBlockBlockName, 'process'],
  Return: [F.Keyword | F.StatementDoesntSupportAttributes, 'return'],
  Switch: [F.Keyword | F.StatementDoesntSupportAttributes, 'switch'],
  Throw: [F.Keyword | F.StatementDoesntSupportAttributes, 'throw'],
  Trap: [F.Keyword | F.StatementDoesntSupportAttributes, 'trap'],
  Try: [F.Keyword | F.StatementDoesntSupportAttributes, 'try'],
  Until: [F.Keyword, 'until'],
  Using: [F.Keyword | F.StatementDoesntSupportAttributes, 'using'],
  Var: [F.Keyword | F.StatementDoesntSupportAttributes, 'var'],
  While: [F.Keyword | F.StatementDoesntSupportAttributes, 'while'],
  Workflow: [F.Keyword | F.StatementDoesntSupportAttributes, 'workflow'],
  Parallel: [F.Keyword | F.StatementDoesntSupportAttributes, 'parallel'],
  Sequence: [F.Keyword | F.StatementDoesntSupportAttributes, 'sequence'],
  InlineScript: [F.Keyword | F.StatementDoesntSupportAttributes, 'inlinescript'],
  Configuration: [F.Keyword, 'configuration'],
  DynamicKeyword: [F.Keyword, '<dynamic keyword>'],
  Public: [F.Keyword, 'public'],
  Private: [F.Keyword, 'private'],
  Static: [F.Keyword, 'static'],
  Interface: [F.Keyword, 'interface'],
  Enum: [F.Keyword, 'enum'],
  Namespace: [F.Keyword, 'namespace'],
  Module: [F.Keyword, 'module'],
  Type: [F.Keyword, 'type'],
  Assembly: [F.Keyword, 'assembly'],
  Command: [F.Keyword, 'command'],
  Hidden: [F.Keyword, 'hidden'],
  Base: [F.Keyword, 'base'],
  Default: [F.Keyword, 'default'],
};

/**
 * The table read by kind: a Map, because reading an object by a varying key goes through V8's megamorphic keyed
 * load (about three times slower, measured), and the tokenizer reads it for every token.
 */
const flagsByKind = new Map<TokenKind, TokenFlags>(
  Object.entries(traits).map(([kind, [flags]]) => [kind as TokenKind, flags]),
);

/** The static flags PowerShell attaches to every token of this kind. */
export function getTraits(kind: TokenKind): TokenFlags {
  return flagsByKind.get(kind) as TokenFlags;
}

export function hasTrait(kind: TokenKind, flag: TokenFlags): boolean {
  return ((flagsByKind.get(kind) as TokenFlags) & flag) !== 0;
}

/** The binary precedence (higher binds tighter); 0 when the kind is not a binary operator. */
export function getBinaryPrecedence(kind: TokenKind): number {
  return (flagsByKind.get(kind) as TokenFlags) & F.BinaryPrecedenceMask;
}

/** The text PowerShell uses for this kind in messages ('-eq', '(', 'eof', ...). */
export function tokenKindText(kind: TokenKind): string {
  return traits[kind][1];
}
