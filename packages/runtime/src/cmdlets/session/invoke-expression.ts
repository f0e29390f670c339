// Invoke-Expression (iex): parses the string and runs it dot-sourced in the caller's scope.
import { parse } from '@exosh/language';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { parseErrorRecord } from '../../engine/parse-errors.js';
import { CallbackPipe } from '../../engine/pipeline/pipe.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { parseOptionsFor } from '../../engine/parse-options.js';

export const invokeExpressionMetadata: CommandMetadata = {
  name: 'Invoke-Expression',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand',
  parameters: [
    {
      name: 'Command',
      type: 'string',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
    },
  ],
};

export const invokeExpression: CmdletImplementation = {
  process(rt) {
    const command = toStr(rt.context, rt.parameters['Command']);
    const result = parse(command, parseOptionsFor(rt.context));
    const first = result.errors[0];
    if (first) {
      // The ParseException ends the command; its id names the cmdlet, as a cmdlet's terminating error does.
      const parsed = parseErrorRecord(first);
      rt.throwTerminatingError(
        new ErrorRecord({
          message: parsed.exception.message,
          errorId: first.errorId,
          category: 'ParserError',
          exceptionType: 'System.Management.Automation.ParseException',
          targetObject: null,
          implementingType: 'Microsoft.PowerShell.Commands.InvokeExpressionCommand',
          ...(parsed.invocationInfo.position ? { position: parsed.invocationInfo.position } : {}),
        }),
      );
    }
    const block = new ScriptBlock(result.ast, rt.context);
    invokeScriptBlock(rt.context, block, {
      newScope: false,
      output: new CallbackPipe((v) => rt.writeObject(v)),
    });
  },
};
