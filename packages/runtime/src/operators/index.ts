// Barrel of PowerShell's operators over runtime values (the evaluator calls these).
export type { OperatorContext, OperatorTypeInfo } from './operator-context.js';
export {
  binaryArithmetic,
  unaryMinus,
  unaryPlus,
  isCollection,
  type ArithmeticOperator,
} from './arithmetic.js';
export {
  compareOperator,
  containsOperator,
  notContainsOperator,
  inOperator,
  notInOperator,
  type ComparisonOperator,
} from './comparison.js';
export { likeOperator, matchOperator, matchesTable, type MatchResult } from './pattern.js';
export { replaceOperator, regexReplace, parseReplacement } from './replace.js';
export {
  splitOperator,
  unarySplitOperator,
  joinOperator,
  unaryJoinOperator,
  regexSplit,
  regexEscape,
} from './split-join.js';
export { bitwiseOperator, bitwiseNot, type BitwiseOperator } from './bitwise.js';
export { rangeOperator, rangeIterator } from './range.js';
export { isOperator, isNotOperator, asOperator } from './type-operators.js';
export { notOperator, xorOperator } from './logical.js';
export { operatorRegex, operatorWildcard } from './regex-cache.js';
export { formatOperator } from '../text/composite-format.js';
