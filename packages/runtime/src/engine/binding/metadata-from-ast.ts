// CommandMetadata for a function's script block (used for Exchange proxies generated from the service's psm1).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { ScriptBlockAst } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { compileScriptBlock } from '../evaluator/compile-script-block.js';
import { functionBindingInfo } from './function-metadata.js';
import type { ScriptBlock } from '../script-block.js';

/** The metadata an advanced function with this body would bind with, as a Cmdlet of that name. */
export function commandMetadataFromScriptBlock(
  ctx: ExecutionContext,
  name: string,
  ast: ScriptBlockAst,
): CommandMetadata {
  const metadata = functionBindingInfo(ctx, name, compileScriptBlock(ast)).metadata;
  return { ...metadata, commandType: 'Cmdlet' };
}

/**
 * The metadata a defined function binds with, as a Function: its compiled block, so `function f($a)` counts the
 * parameters written after its name (Get-Help, Get-Command -Syntax).
 */
export function commandMetadataOfFunction(
  ctx: ExecutionContext,
  name: string,
  scriptBlock: ScriptBlock,
): CommandMetadata {
  const metadata = functionBindingInfo(ctx, name, scriptBlock.compiled).metadata;
  return { ...metadata, commandType: 'Function' };
}
