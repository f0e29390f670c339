// Loading a .ps1 file as a ScriptBlock: parse errors become one ParseException ErrorRecord.
import { readFileSync } from 'node:fs';
import { parse } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { ScriptBlock } from '../script-block.js';
import { parseErrorsToException } from '../parse-errors.js';
import { runtimeError } from '../evaluator/errors.js';
import { parseOptionsFor } from '../parse-options.js';

export function loadScriptFile(ctx: ExecutionContext, file: string): ScriptBlock {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw runtimeError('CommandNotFoundException', undefined, file);
  }
  const result = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, parseOptionsFor(ctx, file));
  if (result.errors.length > 0) throw parseErrorsToException(result.errors);
  return new ScriptBlock(result.ast, ctx);
}
