// Runs both parsers over one input and describes each verdict as a short, stable string.
import { parse } from '@exosh/language';
import type { TreeSitterOracle } from '../tree-sitter/oracle.js';

export type Agreement = 'both-clean' | 'both-error' | 'only-ours-errors' | 'only-tree-sitter-errors';

export interface ParserVerdicts {
  readonly agreement: Agreement;
  /** 'clean', or 'error: ' and our ErrorIds in order (e.g. 'error: MissingCatchOrFinally'). */
  readonly ours: string;
  /** 'clean', or 'error: ' and tree-sitter's first ERROR/MISSING node with its line:column. */
  readonly treeSitter: string;
}

export function compareParsers(source: string, oracle: TreeSitterOracle): ParserVerdicts {
  const errors = parse(source).errors;
  const ts = oracle.parse(source);
  const oursError = errors.length > 0;
  const agreement: Agreement =
    oursError === ts.hasError
      ? oursError
        ? 'both-error'
        : 'both-clean'
      : oursError
        ? 'only-ours-errors'
        : 'only-tree-sitter-errors';
  const first = ts.firstError;
  return {
    agreement,
    ours: oursError ? `error: ${errors.map((e) => e.errorId).join(', ')}` : 'clean',
    treeSitter: !ts.hasError
      ? 'clean'
      : first
        ? `error: ${first.kind} at ${first.line}:${first.column}`
        : 'error',
  };
}
