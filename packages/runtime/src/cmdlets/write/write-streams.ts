// Write-Warning, Write-Verbose, Write-Debug, Write-Information, Write-Host and Write-Error.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord, type ErrorCategory } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { enumerate, toStr } from '../../engine/semantics/index.js';
import { ExceptionValue, exceptionTypeName } from '../../types/builtin/exceptions.js';

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
    {
      name: 'ErrorRecord',
      type: 'System.Management.Automation.ErrorRecord',
      parameterSets: { ErrorRecord: { mandatory: true } },
    },
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
    // WriteErrorCommand: empty strings count as not given.
    const text = (name: string): string | undefined => {
      const v = p[name];
      const s = v === undefined || v === null ? '' : toStr(rt.context, v);
      return s === '' ? undefined : s;
    };
    if (p['ErrorRecord'] instanceof ErrorRecord) {
      // A copy of the record, with -RecommendedAction and -Category* applied and Write-Error as its activity.
      const record = p['ErrorRecord'].copy();
      const recommendedAction = text('RecommendedAction');
      if (recommendedAction)
        record.errorDetails = {
          message: record.errorDetails?.message ?? record.toString(),
          recommendedAction,
        };
      const [reason, targetName, targetType] = [
        'CategoryReason',
        'CategoryTargetName',
        'CategoryTargetType',
      ].map(text);
      record.categoryInfo = {
        ...record.categoryInfo,
        activity: text('CategoryActivity') ?? 'Write-Error',
        ...(reason !== undefined ? { reason } : {}),
        ...(targetName !== undefined ? { targetName } : {}),
        ...(targetType !== undefined ? { targetType } : {}),
      };
      rt.writeError(record);
      return;
    }
    const msg = p['Message'] === undefined || p['Message'] === null ? '' : toStr(rt.context, p['Message']);
    // -Exception is the record's exception (a string becomes a System.Exception); -Message then is ErrorDetails.
    const exception = p['Exception'];
    const given = exception !== undefined && exception !== null;
    const exceptionType = given
      ? (exceptionTypeName(exception) ?? 'System.Exception')
      : 'Microsoft.PowerShell.Commands.WriteErrorException';
    const exceptionMessage = !given
      ? msg
      : exception instanceof ExceptionValue
        ? exception.Message
        : toStr(rt.context, exception);
    const action = text('RecommendedAction');
    // -RecommendedAction keeps the record's own text as ErrorDetails' message.
    const details = given && msg !== '' ? msg : action ? exceptionMessage : undefined;
    // The error belongs to the function or script that called Write-Error: its name ends the error id.
    const stack = rt.context.invocationStack;
    const caller = stack[stack.length - 1];
    const reason = text('CategoryReason');
    const targetName = text('CategoryTargetName');
    const targetType = text('CategoryTargetType');
    rt.writeError(
      new ErrorRecord({
        message: exceptionMessage,
        errorId: text('ErrorId') ?? exceptionType,
        category: (p['Category'] as ErrorCategory | undefined) ?? 'NotSpecified',
        exceptionType,
        ...(exception instanceof ExceptionValue ? { exceptionObject: exception } : {}),
        targetObject: p['TargetObject'],
        ...(caller ? { commandName: caller } : {}),
        // WriteErrorCommand: the activity is -CategoryActivity or "Write-Error", whoever called it.
        activity: text('CategoryActivity') ?? 'Write-Error',
        ...(reason !== undefined ? { reason } : {}),
        ...(targetName !== undefined ? { targetName } : {}),
        ...(targetType !== undefined ? { targetType } : {}),
        ...(details !== undefined
          ? { errorDetails: { message: details, recommendedAction: action ?? '' } }
          : {}),
      }),
    );
  },
};
