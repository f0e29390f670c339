// TokenFlags: PowerShell's bit flags describing a token (precedence in the low nibble).
export const TokenFlags = {
  None: 0,
  BinaryPrecedenceLogical: 0x1,
  BinaryPrecedenceBitwise: 0x2,
  BinaryPrecedenceComparison: 0x5,
  BinaryPrecedenceCoalesce: 0x7,
  BinaryPrecedenceAdd: 0x9,
  BinaryPrecedenceMultiply: 0xa,
  BinaryPrecedenceFormat: 0xc,
  BinaryPrecedenceRange: 0xd,
  BinaryPrecedenceMask: 0xf,
  Keyword: 0x10,
  ScriptBlockBlockName: 0x20,
  BinaryOperator: 0x100,
  UnaryOperator: 0x200,
  CaseSensitiveOperator: 0x400,
  TernaryOperator: 0x800,
  SpecialOperator: 0x1000,
  AssignmentOperator: 0x2000,
  ParseModeInvariant: 0x8000,
  TokenInError: 0x10000,
  DisallowedInRestrictedMode: 0x20000,
  PrefixOrPostfixOperator: 0x40000,
  CommandName: 0x80000,
  MemberName: 0x100000,
  TypeName: 0x200000,
  AttributeName: 0x400000,
  CanConstantFold: 0x800000,
  StatementDoesntSupportAttributes: 0x1000000,
} as const;

/** A combination of TokenFlags values. */
export type TokenFlags = number;
