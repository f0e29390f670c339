// ForEach-Object: runs script blocks per input object in the caller's scope, or gets a member (-MemberName).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { invokeInline } from '../../engine/invocation/invoke-inline.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { enumerate, getMember, invokeMethod } from '../../engine/semantics/index.js';
import { PSMethodValue } from '../../types/index.js';
import { CallbackPipe, type Pipe } from '../../engine/pipeline/pipe.js';
import { inputObjectParameter } from '../input-object-parameter.js';

export const forEachObjectMetadata: CommandMetadata = {
  name: 'ForEach-Object',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  defaultParameterSetName: 'ScriptBlockSet',
  supportsShouldProcess: true,
  confirmImpact: 'Low',
  parameters: [
    inputObjectParameter,
    { name: 'Begin', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
    {
      name: 'Process',
      type: 'scriptblock[]',
      parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } },
      allowNull: true,
      allowEmptyCollection: true,
    },
    { name: 'End', type: 'scriptblock', parameterSets: { ScriptBlockSet: {} } },
    {
      name: 'RemainingScripts',
      type: 'scriptblock[]',
      parameterSets: { ScriptBlockSet: { valueFromRemainingArguments: true } },
      allowNull: true,
      allowEmptyCollection: true,
    },
    {
      name: 'MemberName',
      type: 'string',
      parameterSets: { PropertyAndMethodSet: { mandatory: true, position: 0 } },
    },
    {
      name: 'ArgumentList',
      type: 'object[]',
      aliases: ['Args'],
      parameterSets: { PropertyAndMethodSet: { valueFromRemainingArguments: true } },
    },
    { name: 'Parallel', type: 'scriptblock', parameterSets: { ParallelParameterSet: { mandatory: true } } },
    { name: 'ThrottleLimit', type: 'int', parameterSets: { ParallelParameterSet: {} } },
  ],
};

interface Blocks {
  begin?: ScriptBlock;
  process: ScriptBlock[];
  end?: ScriptBlock;
  /** Where the blocks write: the command's output (made once, not once per object). */
  out?: Pipe;
}

function outputOf(rt: CommandRuntime, blocks: Blocks): Pipe {
  return (blocks.out ??= new CallbackPipe((v) => rt.writeObject(v)));
}

/** `% {b} {p} {e}`: with more than one block, the first is begin and the last (of three) is end. */
function blocksOf(rt: CommandRuntime): Blocks {
  const p = rt.parameters;
  const all = [
    ...((p['Process'] as ScriptBlock[] | undefined) ?? []),
    ...((p['RemainingScripts'] as ScriptBlock[] | undefined) ?? []),
  ].filter((b) => b instanceof ScriptBlock);
  const explicit = { begin: p['Begin'] as ScriptBlock | undefined, end: p['End'] as ScriptBlock | undefined };
  if (all.length <= 1) return { ...explicit, process: all };
  if (all.length === 2) return { begin: all[0], process: [all[1] as ScriptBlock], end: explicit.end };
  return { begin: all[0], process: all.slice(1, -1), end: all[all.length - 1] };
}

const state = new WeakMap<CommandRuntime, Blocks>();

/** -MemberName: a property name reads the property; a method name calls the method. */
function memberOrCall(rt: CommandRuntime, input: unknown, name: string): unknown {
  const member = getMember(rt.context, input, name);
  return member instanceof PSMethodValue ? invokeMethod(rt.context, input, name, []) : member;
}

export const forEachObject: CmdletImplementation = {
  begin(rt) {
    if (rt.parameterSetName === 'ParallelParameterSet') {
      // No runspace pool yet: -Parallel runs the block sequentially, each object in a child scope.
      state.set(rt, { process: [rt.parameters['Parallel'] as ScriptBlock] });
      return;
    }
    if (rt.parameterSetName !== 'ScriptBlockSet') return;
    const blocks = blocksOf(rt);
    state.set(rt, blocks);
    if (blocks.begin) invokeInline(rt.context, blocks.begin, null, outputOf(rt, blocks));
  },
  process(rt) {
    // First in a pipeline without -InputObject, the process block still runs once, with $_ = $null.
    const input = rt.parameters['InputObject'] ?? null;
    if (rt.parameterSetName === 'PropertyAndMethodSet') {
      const name = rt.parameters['MemberName'] as string;
      const args = rt.parameters['ArgumentList'] as unknown[] | undefined;
      if (input === null || input === undefined) return;
      const value =
        args && args.length ? invokeMethod(rt.context, input, name, args) : memberOrCall(rt, input, name);
      if (value !== undefined) rt.writeObject(value, enumerate(value) !== undefined);
      return;
    }
    const blocks = state.get(rt);
    if (!blocks) return;
    const out = outputOf(rt, blocks);
    for (const block of blocks.process) invokeInline(rt.context, block, input, out);
  },
  end(rt) {
    const blocks = state.get(rt);
    if (blocks?.end) invokeInline(rt.context, blocks.end, null, outputOf(rt, blocks));
  },
};
