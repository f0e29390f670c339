// Workflow `parallel { }` / `sequence { }` blocks (PowerShell's BlockStatementRule); rejected later outside workflows.
import type { StatementAst } from '../../ast/nodes.js';
import type { ScannedToken } from '../../tokenizer/tokenizer.js';
import type { Parser } from '../parser.js';

export function blockStatementRule(this: Parser, kindToken: ScannedToken): StatementAst {
  const body = this.statementBlockRule();
  if (body === null) {
    this.reportIncompleteInput(this.after(kindToken), 'MissingStatementAfterKeyword', kindToken.text);
    return this.errorStatement(kindToken.extent);
  }
  return this.node({
    type: 'BlockStatementAst',
    extent: this.extentOf(kindToken, body),
    parent: null,
    kind: kindToken.kind,
    body,
  });
}
