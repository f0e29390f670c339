// Write-Warning, Write-Verbose, Write-Debug, Write-Information, Write-Host and Write-Error.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord, type ErrorCategory } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { enumerate, toStr } from '../../engine/semantics/index.js';

const message: ParameterMetadata = {
  name: 'Message',
  type: 'string',
  aliases: ['Msg'],
  parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
  allowEmptyString: true,
};

function simple(name: string, type: string): CommandMetadata {
  return {
    name,
    commandType: 'Cmdlet',
    implementingType: `Microsoft.PowerShell.Commands.${type}`,
    parameters: [message],
  };
}

export const writeWarningMetadata = simple('Write-Warning', 'WriteWarningCommand');
export const writeVerboseMetadata = simple('Write-Verbose', 'WriteVerboseCommand');
export const writeDebugMetadata = simple('Write-Debug', 'WriteDebugCommand');

const text = (rt: CommandRuntime) => String(rt.parameters['Message'] ?? '');
export const writeWarning: CmdletImplementation = { process: (rt) => rt.writeWarning(text(rt)) };
export const writeVerbose: CmdletImplementation = { process: (rt) => rt.writeVerbose(text(rt)) };
export const writeDebug: CmdletImplementation = { process: (rt) => rt.writeDebug(text(rt)) };

export const writeInformationMetadata: CommandMetadata = {
  name: 'Write-Information',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteInformationCommand',
  parameters: [
    {
      name: 'MessageData',
      type: 'object',
      aliases: ['Msg', 'Message'],
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
    },
    { name: 'Tags', type: 'string[]', parameterSets: { __AllParameterSets: { position: 1 } } },
  ],
};
export const writeInformation: CmdletImplementation = {
  process: (rt) =>
    rt.writeInformation(rt.parameters['MessageData'], (rt.parameters['Tags'] as string[] | undefined) ?? []),
};

export const writeHostMetadata: CommandMetadata = {
  name: 'Write-Host',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteHostCommand',
  parameters: [
    {
      name: 'Object',
      type: 'object',
      aliases: ['Msg', 'Message'],
      parameterSets: {
        __AllParameterSets: { position: 0, valueFromPipeline: true, valueFromRemainingArguments: true },
      },
    },
    { name: 'NoNewline', type: 'switch' },
    { name: 'Separator', type: 'object' },
    { name: 'ForegroundColor', type: 'ConsoleColor' },
    { name: 'BackgroundColor', type: 'ConsoleColor' },
  ],
};

export const writeHost: CmdletImplementation = {
  process(rt) {
    const ctx = rt.context;
    const obj = rt.parameters['Object'];
    const sep = rt.parameters['Separator'] === undefined ? ' ' : toStr(ctx, rt.parameters['Separator']);
    const flatten = (v: unknown): string => {
      const items = typeof v === 'string' ? undefined : enumerate(v);
      return items ? items.map(flatten).join(sep) : toStr(ctx, v);
    };
    const textOut = obj === undefined ? '' : flatten(obj);
    const fg = rt.parameters['ForegroundColor'];
    const bg = rt.parameters['BackgroundColor'];
    rt.writeHost(textOut, {
      noNewLine: rt.parameters['NoNewline'] === true,
      ...(fg !== undefined ? { foregroundColor: toStr(ctx, fg) } : {}),
      ...(bg !== undefined ? { backgroundColor: toStr(ctx, bg) } : {}),
    });
  },
};

export const writeErrorMetadata: CommandMetadata = {
  name: 'Write-Error',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  defaultParameterSetName: 'NoException',
  parameters: [
    {
      name: 'Message',
      type: 'string',
      aliases: ['Msg'],
      parameterSets: {
        NoException: { mandatory: true, position: 0, valueFromPipeline: true },
        WithException: {},
      },
      allowNull: true,
      allowEmptyString: true,
    },
    { name: 'ErrorRecord', type: 'ErrorRecord', parameterSets: { ErrorRecord: { mandatory: true } } },
    { name: 'Exception', type: 'object', parameterSets: { WithException: { mandatory: true } } },
    { name: 'Category', type: 'string', parameterSets: { NoException: {}, WithException: {} } },
    { name: 'ErrorId', type: 'string', parameterSets: { NoException: {}, WithException: {} } },
    { name: 'TargetObject', type: 'object', parameterSets: { NoException: {}, WithException: {} } },
    { name: 'RecommendedAction', type: 'string' },
    { name: 'CategoryActivity', type: 'string', aliases: ['Activity'] },
    { name: 'CategoryReason', type: 'string', aliases: ['Reason'] },
    { name: 'CategoryTargetName', type: 'string', aliases: ['TargetName'] },
    { name: 'CategoryTargetType', type: 'string', aliases: ['TargetType'] },
  ],
};

export const writeError: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    if (p['ErrorRecord'] instanceof ErrorRecord) {
      rt.writeError(p['ErrorRecord']);
      return;
    }
    const msg =
      p['Message'] !== undefined ? toStr(rt.context, p['Message']) : toStr(rt.context, p['Exception']);
    const errorId =
      p['ErrorId'] !== undefined
        ? toStr(rt.context, p['ErrorId'])
        : 'Microsoft.PowerShell.Commands.WriteErrorException';
    // The error belongs to the function or script that called Write-Error: its name ends the error id.
    const stack = rt.context.invocationStack;
    const caller = stack[stack.length - 1];
    rt.writeError(
      new ErrorRecord({
        message: msg,
        errorId,
        category: (p['Category'] as ErrorCategory | undefined) ?? 'NotSpecified',
        exceptionType: 'Microsoft.PowerShell.Commands.WriteErrorException',
        targetObject: p['TargetObject'],
        ...(caller ? { commandName: caller } : {}),
        // WriteErrorCommand: the activity is -CategoryActivity or "Write-Error", whoever called it.
        activity:
          p['CategoryActivity'] !== undefined ? toStr(rt.context, p['CategoryActivity']) : 'Write-Error',
        ...(p['CategoryReason'] !== undefined ? { reason: toStr(rt.context, p['CategoryReason']) } : {}),
        ...(p['CategoryTargetName'] !== undefined
          ? { targetName: toStr(rt.context, p['CategoryTargetName']) }
          : {}),
        ...(p['CategoryTargetType'] !== undefined
          ? { targetType: toStr(rt.context, p['CategoryTargetType']) }
          : {}),
      }),
    );
  },
};
