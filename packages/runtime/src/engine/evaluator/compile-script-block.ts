// Compiles a ScriptBlockAst: its parameters and its begin/process/end/clean blocks.
import type { NamedBlockAst, ParameterAst, ScriptBlockAst } from '@exosh/language';
import type { CompiledParameter, CompiledScriptBlock } from './compiled-script-block.js';
import { compileExpression } from './compile-expression.js';
import { compileStatementList } from './compile-statements.js';

function parameterTypeName(p: ParameterAst): string | undefined {
  for (const a of p.attributes) if (a.type === 'TypeConstraintAst') return a.typeName.fullName;
  return undefined;
}

export function compileParameters(params: readonly ParameterAst[]): CompiledParameter[] {
  return params.map((p) => ({
    name: p.name.variablePath.unqualifiedPath,
    ast: p,
    typeName: parameterTypeName(p),
    defaultValue: p.defaultValue ? compileExpression(p.defaultValue) : undefined,
  }));
}

function compileNamedBlock(block: NamedBlockAst | null) {
  return block ? compileStatementList(block.statements, block.traps) : undefined;
}

export function compileScriptBlock(
  ast: ScriptBlockAst,
  extraParameters?: readonly ParameterAst[],
): CompiledScriptBlock {
  const paramAsts = ast.paramBlock?.parameters ?? extraParameters ?? [];
  const cmdletBinding = ast.paramBlock?.attributes.find((a) =>
    /^(System\.Management\.Automation\.)?CmdletBinding(Attribute)?$/i.test(a.typeName.name),
  );
  const hasParameterAttribute = paramAsts.some((p) =>
    p.attributes.some(
      (a) =>
        a.type === 'AttributeAst' &&
        /^(System\.Management\.Automation\.)?Parameter(Attribute)?$/i.test(a.typeName.name),
    ),
  );
  return {
    ast,
    parameters: compileParameters(paramAsts),
    isAdvanced: cmdletBinding !== undefined || hasParameterAttribute,
    cmdletBinding,
    begin: compileNamedBlock(ast.beginBlock),
    process: compileNamedBlock(ast.processBlock),
    end: compileNamedBlock(ast.endBlock),
    clean: compileNamedBlock(ast.cleanBlock),
  };
}
