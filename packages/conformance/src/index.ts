// @exosh/conformance (private): oracle alignment of @exosh/language against tree-sitter-powershell.
export {
  loadTreeSitterPowerShell,
  type TreeSitterOracle,
  type TreeSitterParse,
  type TreeSitterError,
} from './tree-sitter/oracle.js';
export { conformanceInputs, languageTestsDir, type ConformanceInput } from './corpus/inputs.js';
export { compareParsers, type Agreement, type ParserVerdicts } from './agreement/classify.js';
export {
  diffKnownDifferences,
  countAgreement,
  type KnownDifference,
  type KnownDifferences,
  type KnownDifferenceDrift,
  type AgreementCounts,
} from './agreement/known-differences.js';
export { inputGroup, agreementTableHeader, agreementTableRow } from './agreement/report.js';
