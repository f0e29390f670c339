// Statements the engine does not run yet: a clear PowerShell-style error instead of silence.
import type {
  BlockStatementAst,
  DataStatementAst,
  TypeDefinitionAst,
  UsingStatementAst,
} from '@exosh/language';
import type { Exec } from './compiled-script-block.js';
import { runtimeError } from './errors.js';

const what: Record<string, string> = {
  DataStatementAst: 'data sections',
  UsingStatementAst: 'using statements',
  TypeDefinitionAst: 'class and enum definitions',
  // Never reached from a script: parallel/sequence blocks are parse errors (outside a workflow, or in one).
  BlockStatementAst: 'workflow parallel and sequence blocks',
};

export function compileUnsupported(
  ast: DataStatementAst | UsingStatementAst | TypeDefinitionAst | BlockStatementAst,
): Exec {
  // `using namespace` only shortens type names: accepting it silently is what scripts need.
  if (ast.type === 'UsingStatementAst' && ast.usingStatementKind === 'Namespace') return () => undefined;
  return () => {
    throw runtimeError('BadExpression', ast.extent, `exosh does not support ${what[ast.type]} yet.`);
  };
}
