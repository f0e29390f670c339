// `function Name { ... }` and `filter Name { ... }`: defines the function in the current scope when the statement runs.
import type { FunctionDefinitionAst } from '@exosh/language';
import type { FunctionInfo } from '../commands/command-info.js';
import { ScriptBlock } from '../script-block.js';
import type { Exec } from './compiled-script-block.js';

export function compileFunctionDefinition(ast: FunctionDefinitionAst): Exec {
  // `function global:Foo` / `function script:Foo` choose the scope; the rest is the name.
  const m = /^(global|script|local|private):(.+)$/i.exec(ast.name);
  const scope = m ? (m[1] as string).toLowerCase() : undefined;
  const name = m ? (m[2] as string) : ast.name;
  return (ctx) => {
    const info: FunctionInfo = {
      commandType: ast.isFilter ? 'Filter' : 'Function',
      name,
      scriptBlock: new ScriptBlock(ast.body, ctx, {
        parameters: ast.parameters ?? undefined,
        isFilter: ast.isFilter,
      }),
      moduleName: '',
    };
    const ss = ctx.sessionState;
    const target = scope === 'global' ? ss.global : scope === 'script' ? ss.current.scriptScope : ss.current;
    target.functions.set(name.toLowerCase(), info);
    ctx.commandGeneration++;
  };
}
