// Invoke-Command (icm), local forms: -ScriptBlock with -ArgumentList/-InputObject/-NoNewScope; no remoting.
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { invokeScriptBlock } from '../../engine/invocation/invoke-script-block.js';
import { ScriptCommandProcessor } from '../../engine/commands/script-processor.js';
import { CallbackPipe } from '../../engine/pipeline/pipe.js';
import { PipelineProcessor } from '../../engine/pipeline/pipeline-processor.js';
import type { ScriptBlock } from '../../engine/script-block.js';
import { toStr } from '../../engine/semantics/index.js';
import { ErrorRecord } from '../../errors/error-record.js';

const remoteSets = ['ComputerName', 'Session', 'Uri', 'VMName', 'ContainerId', 'SSHHost'];
const scriptBlockSets = Object.fromEntries([
  ['InProcess', { mandatory: true, position: 0 }],
  ...remoteSets.map((s) => [s, { mandatory: true, position: 1 }]),
]);
const allSets = (extra: object = {}) =>
  Object.fromEntries(['InProcess', ...remoteSets].map((s) => [s, { ...extra }]));

const parameters: ParameterMetadata[] = [
  { name: 'ScriptBlock', type: 'scriptblock', aliases: ['Command'], parameterSets: scriptBlockSets },
  { name: 'NoNewScope', type: 'switch', parameterSets: { InProcess: {} } },
  { name: 'InputObject', type: 'psobject', parameterSets: allSets({ valueFromPipeline: true }) },
  { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], parameterSets: allSets() },
  {
    name: 'ComputerName',
    type: 'string[]',
    aliases: ['Cn'],
    parameterSets: { ComputerName: { position: 0 } },
  },
  // PSSession[] and Uri[] in pwsh: no string converts to a PSSession; mandatory here keeps `icm srv {..}` unambiguous.
  { name: 'Session', type: 'object[]', parameterSets: { Session: { mandatory: true, position: 0 } } },
  {
    name: 'ConnectionUri',
    type: 'string[]',
    aliases: ['URI', 'CU'],
    parameterSets: { Uri: { mandatory: true, position: 0 } },
  },
  { name: 'VMName', type: 'string[]', parameterSets: { VMName: { mandatory: true, position: 0 } } },
  { name: 'ContainerId', type: 'string[]', parameterSets: { ContainerId: { mandatory: true } } },
  { name: 'HostName', type: 'string[]', parameterSets: { SSHHost: { mandatory: true } } },
  { name: 'Credential', type: 'object', parameterSets: { ComputerName: {}, Uri: {}, VMName: {} } },
  { name: 'AsJob', type: 'switch', parameterSets: { ComputerName: {}, Session: {}, Uri: {} } },
  {
    name: 'HideComputerName',
    type: 'switch',
    aliases: ['HCN'],
    parameterSets: { ComputerName: {}, Session: {} },
  },
  { name: 'JobName', type: 'string', parameterSets: { ComputerName: {}, Session: {} } },
  { name: 'ThrottleLimit', type: 'int', parameterSets: { ComputerName: {}, Session: {} } },
];

export const invokeCommandMetadata: CommandMetadata = {
  name: 'Invoke-Command',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
  defaultParameterSetName: 'InProcess',
  parameters,
};

const inputs = new WeakMap<CommandRuntime, unknown[]>();

/** One error per target, as pwsh reports a connection that cannot be made (here: remoting does not exist). */
function remotingUnavailable(rt: CommandRuntime): void {
  const p = rt.parameters;
  const targets = [
    ...((p['ComputerName'] as string[] | undefined) ?? []),
    ...((p['ConnectionUri'] as string[] | undefined) ?? []),
    ...((p['HostName'] as string[] | undefined) ?? []),
    ...((p['VMName'] as string[] | undefined) ?? []),
    ...((p['ContainerId'] as string[] | undefined) ?? []),
    ...((p['Session'] as unknown[] | undefined) ?? []).map((s) => toStr(rt.context, s)),
  ];
  for (const target of targets.length > 0 ? targets : ['localhost'])
    rt.writeError(
      new ErrorRecord({
        message: `[${target}] Connecting to remote server ${target} failed with the following error message : PowerShell remoting (WSMan, SSH, PSSession) is not available in exosh. For more information, see the about_Remote_Troubleshooting Help topic.`,
        // pwsh on Unix reports a connection its transport cannot make as CannotConnect,PSSessionStateBroken.
        errorId: 'CannotConnect,PSSessionStateBroken',
        category: 'OpenError',
        exceptionType: 'System.Management.Automation.Remoting.PSRemotingTransportException',
        targetObject: target,
      }),
    );
}

export const invokeCommand: CmdletImplementation = {
  begin: (rt) => void inputs.set(rt, []),
  process(rt) {
    if (rt.hasPipelineInput) inputs.get(rt)!.push(rt.parameters['InputObject']);
  },
  end(rt) {
    if (rt.parameterSetName !== 'InProcess') return remotingUnavailable(rt);
    const p = rt.parameters;
    const block = p['ScriptBlock'] as ScriptBlock;
    const input =
      'InputObject' in p && !rt.hasPipelineInput && inputs.get(rt)!.length === 0
        ? [p['InputObject']]
        : inputs.get(rt)!;
    const args = (p['ArgumentList'] as unknown[] | undefined) ?? [];
    const output = new CallbackPipe((v) => rt.writeObject(v));
    if (p['NoNewScope'] !== true) {
      invokeScriptBlock(rt.context, block, {
        newScope: true,
        args,
        ...(input.length > 0 ? { input } : {}),
        output,
      });
      return;
    }
    // Dot-sourced, as InvokeUsingCmdlet(useLocalScope: false): parameters and $args still bind, in the caller's scope.
    const site = {
      extent: block.ast.extent,
      nameExtent: block.ast.extent,
      dotSource: true,
      pipelinePosition: 1,
      pipelineLength: 1,
    };
    const bound = args.map((value) => ({ kind: 'argument' as const, value }));
    const processor = new ScriptCommandProcessor(rt.context, block, '', bound, site);
    new PipelineProcessor([processor], output).run(input.length > 0 ? input : undefined);
  },
};
