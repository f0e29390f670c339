// Join-String: one string from the pipeline's objects (or a property/script block of each), with separator and quoting.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { getMember, toStr } from '../../engine/semantics/index.js';
import { convertToString, toStringForDisplay } from '../../conversion/index.js';
import { ErrorRecord } from '../../errors/error-record.js';
import { compositeFormat, DotNetFormatException } from '../../text/index.js';

const commandType = 'Microsoft.PowerShell.Commands.Utility.JoinStringCommand';

export const joinStringMetadata: CommandMetadata = {
  name: 'Join-String',
  commandType: 'Cmdlet',
  implementingType: commandType,
  defaultParameterSetName: 'default',
  parameters: [
    { name: 'Property', type: 'object', parameterSets: { __AllParameterSets: { position: 0 } } },
    {
      name: 'Separator',
      type: 'string',
      parameterSets: { __AllParameterSets: { position: 1 } },
      allowEmptyString: true,
    },
    { name: 'OutputPrefix', type: 'string', aliases: ['op'] },
    { name: 'OutputSuffix', type: 'string', aliases: ['os'] },
    { name: 'SingleQuote', type: 'switch', parameterSets: { SingleQuote: {} } },
    { name: 'DoubleQuote', type: 'switch', parameterSets: { DoubleQuote: {} } },
    { name: 'FormatString', type: 'string', parameterSets: { Format: {} } },
    { name: 'UseCulture', type: 'switch' },
    {
      name: 'InputObject',
      type: 'psobject[]',
      parameterSets: { __AllParameterSets: { valueFromPipeline: true } },
    },
  ],
};

interface State {
  text: string;
  first: boolean;
}

const states = new WeakMap<CommandRuntime, State>();

/** -Separator, or $OFS converted to a string ('' when $OFS is not set). */
function separator(rt: CommandRuntime): string {
  const given = rt.parameters['Separator'];
  if (given !== undefined && given !== null) return given as string;
  const ofs = rt.context.sessionState.lookup('OFS')?.value;
  return ofs === null || ofs === undefined ? '' : convertToString(ofs);
}

/** A PSPropertyExpression's first value: a property (by name) or a script block's output. */
function valueOf(rt: CommandRuntime, item: unknown): unknown {
  const property = rt.parameters['Property'];
  if (property === undefined || property === null) return item;
  if (property instanceof ScriptBlock) {
    const out = property.invokeWithDollarUnder(item);
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  }
  return getMember(rt.context, item, toStr(rt.context, property));
}

/** StringBuilder.AppendFormat; a bad format stops the command as pwsh's uncaught FormatException does. */
function formatItem(rt: CommandRuntime, format: string, value: unknown): string {
  try {
    return compositeFormat(format, [value]);
  } catch (e) {
    if (!(e instanceof DotNetFormatException)) throw e;
    rt.throwTerminatingError(
      new ErrorRecord({
        message: e.message,
        errorId: e.exceptionType,
        category: 'NotSpecified',
        exceptionType: e.exceptionType,
        implementingType: commandType,
      }),
    );
  }
}

export const joinString: CmdletImplementation = {
  begin(rt) {
    states.set(rt, { text: (rt.parameters['OutputPrefix'] as string | undefined) ?? '', first: true });
  },
  process(rt) {
    const state = states.get(rt)!;
    const items = (rt.parameters['InputObject'] as unknown[] | null | undefined) ?? [];
    const useCulture = rt.parameters['UseCulture'] === true;
    const quote =
      rt.parameters['SingleQuote'] === true ? "'" : rt.parameters['DoubleQuote'] === true ? '"' : '';
    const format = rt.parameters['FormatString'] as string | undefined;
    for (const item of items) {
      if (item === null || item === undefined) continue;
      const value = valueOf(rt, item);
      const text = useCulture ? toStringForDisplay(value) : toStr(rt.context, value);
      if (state.first) state.first = false;
      else state.text += separator(rt);
      if (quote) state.text += quote + text + quote;
      else if (!format) state.text += text;
      else state.text += formatItem(rt, format, value);
    }
  },
  end(rt) {
    const state = states.get(rt)!;
    rt.writeObject(state.text + ((rt.parameters['OutputSuffix'] as string | undefined) ?? ''));
  },
};
