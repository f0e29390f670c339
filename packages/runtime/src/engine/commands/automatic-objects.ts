// $PSCmdlet and $MyInvocation for script commands, as PSObjects with the members scripts use.
import type { BindState, CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import { RuntimeException } from '../../errors/runtime-exception.js';
import { positionOf } from '../evaluator/errors.js';
import { positionMessage } from '../../format/error-view.js';
import { PSObject } from '../../values/ps-object.js';
import { invocationInfoView } from '../adapters/invocation-info-view.js';
import type { PSHashtable } from '../../values/ps-hashtable.js';
import type { ExecutionContext } from '../execution-context.js';
import type { CommandProcessor } from '../pipeline/command-processor.js';
import { CommandStreams } from '../preferences.js';
import { enumerate, getMember, invokeMethod, isTrue, toStr } from '../semantics/index.js';
import { shouldProcess } from './should-process.js';
import type { InvocationSite } from './create-processor.js';

function method(obj: PSObject, name: string, invoke: (...args: unknown[]) => unknown): void {
  obj.addMember({
    memberType: 'CodeMethod',
    name,
    invoke: (_self: unknown, args: readonly unknown[]) => invoke(...args),
  });
}

export function createPSCmdlet(
  ctx: ExecutionContext,
  processor: CommandProcessor,
  metadata: CommandMetadata,
  state: () => BindState | undefined,
): PSObject {
  const obj = new PSObject({
    isTypeView: true,
    typeNames: [
      'System.Management.Automation.PSScriptCmdlet',
      'System.Management.Automation.PSCmdlet',
      'System.Management.Automation.Cmdlet',
      'System.Management.Automation.Internal.InternalCommand',
      'System.Object',
    ],
  });
  // The function's -ErrorVariable & co. are filled by its stream collector while it runs: not a second time here.
  const streams = () =>
    new CommandStreams(
      ctx,
      {
        ...state()?.commonParameters,
        errorVariable: undefined,
        warningVariable: undefined,
        informationVariable: undefined,
      },
      metadata.name,
    );
  // SessionState, InvokeCommand and Host are the ones $ExecutionContext gives (pwsh's PSCmdlet shares them).
  const intrinsic = (name: string) => () => {
    const engine = ctx.sessionState.lookup('ExecutionContext')?.value;
    return engine === undefined || engine === null ? null : getMember(ctx, engine, name);
  };
  for (const name of ['SessionState', 'InvokeCommand', 'Host'])
    obj.addMember({ memberType: 'CodeProperty', name, get: intrinsic(name) });
  method(obj, 'GetUnresolvedProviderPathFromPSPath', (path) =>
    invokeMethod(
      ctx,
      getMember(ctx, intrinsic('SessionState')(), 'Path'),
      'GetUnresolvedProviderPathFromPSPath',
      [path],
    ),
  );
  obj.addMember({
    memberType: 'CodeProperty',
    name: 'ParameterSetName',
    get: () => state()?.parameterSetName ?? '__AllParameterSets',
  });
  obj.addMember({
    memberType: 'CodeProperty',
    name: 'MyInvocation',
    get: () => ctx.sessionState.lookup('MyInvocation')?.value ?? null,
  });
  method(obj, 'ShouldProcess', (target, action) =>
    shouldProcess(
      ctx,
      metadata,
      state()?.commonParameters ?? {},
      metadata.name,
      toStr(ctx, target),
      action === undefined ? metadata.name : toStr(ctx, action),
    ),
  );
  method(obj, 'ShouldContinue', () => true);
  method(obj, 'WriteObject', (value, enumerateCollection) => {
    const items = isTrue(enumerateCollection ?? false) ? enumerate(value) : undefined;
    if (items) for (const item of items) processor.downstream.write(item);
    else processor.downstream.write(value);
    return undefined;
  });
  method(obj, 'WriteError', (record) => {
    if (record instanceof ErrorRecord) {
      record.attachCommand(metadata.name);
      streams().writeError(record);
    }
    return undefined;
  });
  method(obj, 'WriteWarning', (m) => void streams().writeWarning(toStr(ctx, m)));
  method(obj, 'WriteVerbose', (m) => void streams().writeVerbose(toStr(ctx, m)));
  method(obj, 'WriteDebug', (m) => void streams().writeDebug(toStr(ctx, m)));
  method(obj, 'ThrowTerminatingError', (record) => {
    const rte = new RuntimeException(
      record instanceof ErrorRecord
        ? record
        : new ErrorRecord({
            message: toStr(ctx, record),
            errorId: 'RuntimeException',
            category: 'NotSpecified',
          }),
    );
    rte.suppressPromptInInterpreter = true;
    rte.terminatesCommand = processor;
    rte.cmdletInvocation = true;
    throw rte;
  });
  return obj;
}

/** What a script command runs: a script file, a function or filter, or a bare script block (`& { }`). */
export interface InvokedCommand {
  readonly commandType: 'ExternalScript' | 'Function' | 'Filter' | 'Script';
  readonly name: string;
  /** The script file's full path (ExternalScript). */
  readonly path?: string;
  readonly scriptBlock: { toString(): string };
}

/**
 * `$MyInvocation.MyCommand`: an ExternalScriptInfo (Path, Definition = the path: `Split-Path $MyInvocation.MyCommand.Path`),
 * a FunctionInfo/FilterInfo (Definition = the body) or a ScriptInfo; its ToString() is the name (a ScriptInfo's: its text).
 */
function myCommandInfo(command: InvokedCommand): PSObject {
  const { commandType, name, path, scriptBlock } = command;
  const typeNames =
    commandType === 'ExternalScript'
      ? ['ExternalScriptInfo']
      : commandType === 'Filter'
        ? ['FilterInfo', 'FunctionInfo']
        : commandType === 'Function'
          ? ['FunctionInfo']
          : ['ScriptInfo'];
  const definition = path ?? scriptBlock.toString();
  return new PSObject({
    isTypeView: true,
    typeNames: [
      ...typeNames.map((t) => `System.Management.Automation.${t}`),
      'System.Management.Automation.CommandInfo',
      'System.Object',
    ],
    toText: () => (commandType === 'Script' ? definition : name),
    properties: [
      ['CommandType', commandType],
      ['Name', name],
      ['Definition', definition],
      ['ScriptBlock', scriptBlock],
      ...(path !== undefined ? ([['Path', path]] as const) : []),
      ['Source', path ?? ''],
      ['ModuleName', ''],
    ],
  });
}

export function createMyInvocation(
  _ctx: ExecutionContext,
  command: InvokedCommand,
  /** Where the call is; a command line run by the host has no extent, only its pipeline position. */
  site: (Pick<InvocationSite, 'pipelinePosition' | 'pipelineLength'> & Partial<InvocationSite>) | undefined,
  bound: PSHashtable,
): PSObject {
  const extent = site?.extent;
  const file = extent?.file;
  const commandName = command.name;
  // Line is the whole source line the call starts on; Statement the call's own text (several lines if it spans them).
  const position = extent ? positionOf(extent) : undefined;
  return invocationInfoView([
    ['MyCommand', myCommandInfo(command)],
    ['BoundParameters', bound],
    ['InvocationName', commandName],
    ['ScriptName', file ?? ''],
    ['ScriptLineNumber', extent?.startLineNumber ?? 0],
    ['OffsetInLine', extent?.startColumnNumber ?? 0],
    ['Line', position?.lineText ?? ''],
    ['Statement', extent?.text ?? ''],
    ['PositionMessage', position ? positionMessage(position) : ''],
    ['PSScriptRoot', file ? file.slice(0, file.lastIndexOf('/')) : ''],
    // InvocationInfo.PSCommandPath is the extent's File: $null outside a script file.
    ['PSCommandPath', file ?? null],
    ['PipelinePosition', site?.pipelinePosition ?? 0],
    ['PipelineLength', site?.pipelineLength ?? 0],
  ]);
}
