// @exosh/conformance (private): oracle alignment of @exosh/language against tree-sitter-powershell.
export { loadTreeSitterPowerShell, type TreeSitterOracle } from './tree-sitter/oracle.js';
