// Push-Location and Pop-Location: named stacks of locations per runspace ('default' unless -StackName says).
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import type { ExecutionContext } from '../../engine/execution-context.js';
import { changeLocation } from './paths.js';

const defaultStack = 'default';

/** Each runspace's location stacks, by name ignoring case (pwsh's stack names are case-insensitive). */
const stacksByContext = new WeakMap<ExecutionContext, Map<string, string[]>>();

function stacks(ctx: ExecutionContext): Map<string, string[]> {
  let map = stacksByContext.get(ctx);
  if (!map) stacksByContext.set(ctx, (map = new Map()));
  return map;
}

/** The stack Push/Pop-Location use without -StackName, per runspace (Set-Location -StackName changes it). */
const defaultNames = new WeakMap<ExecutionContext, string>();

function defaultName(ctx: ExecutionContext): string {
  return defaultNames.get(ctx) ?? defaultStack;
}

/**
 * Set-Location -StackName: makes an existing stack the default and returns its locations (last pushed first);
 * undefined when no such stack exists. As in pwsh, naming the empty 'default' stack returns it without switching.
 */
export function setDefaultLocationStack(
  ctx: ExecutionContext,
  name: string | undefined,
): string[] | undefined {
  const key = (name || defaultStack).toLowerCase();
  const stack = stacks(ctx).get(key);
  if (!stack) return key === defaultStack ? [] : undefined;
  defaultNames.set(ctx, key);
  return [...stack].reverse();
}

/**
 * Get-Location -Stack: a stack's locations, last pushed first (pwsh's PathInfoStack order); the default stack is
 * there even before anything is pushed, any other name undefined until it is.
 */
export function locationStack(ctx: ExecutionContext, name?: string): string[] | undefined {
  const key = (name || defaultName(ctx)).toLowerCase();
  const stack = stacks(ctx).get(key);
  if (!stack) return key === defaultStack ? [] : undefined;
  return [...stack].reverse();
}

const stackNameParameter = {
  name: 'StackName',
  type: 'string',
  parameterSets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } },
} as const;

export const pushLocationMetadata: CommandMetadata = {
  name: 'Push-Location',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.PushLocationCommand',
  defaultParameterSetName: 'Path',
  parameters: [
    {
      name: 'Path',
      type: 'string',
      parameterSets: {
        Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
      },
    },
    {
      name: 'LiteralPath',
      type: 'string',
      aliases: ['PSPath', 'LP'],
      parameterSets: { LiteralPath: { valueFromPipelineByPropertyName: true } },
    },
    { name: 'PassThru', type: 'switch' },
    stackNameParameter,
  ],
};

export const pushLocation: CmdletImplementation = {
  process(rt) {
    const name = (rt.parameters['StackName'] as string | undefined) || defaultName(rt.context);
    const all = stacks(rt.context);
    const key = name.toLowerCase();
    const stack = all.get(key) ?? [];
    all.set(key, stack);
    // pwsh pushes the current location first, so it stays pushed even when the new path does not exist.
    stack.push(rt.context.currentLocation);
    const target = (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as string | undefined;
    if (target === undefined) return;
    const info = changeLocation(rt, target, 'Microsoft.PowerShell.Commands.PushLocationCommand');
    if (info && rt.parameters['PassThru'] === true) rt.writeObject(info);
  },
};

export const popLocationMetadata: CommandMetadata = {
  name: 'Pop-Location',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.PopLocationCommand',
  parameters: [{ name: 'PassThru', type: 'switch' }, stackNameParameter],
};

export const popLocation: CmdletImplementation = {
  process(rt) {
    const name = (rt.parameters['StackName'] as string | undefined) || defaultName(rt.context);
    const key = name.toLowerCase();
    const all = stacks(rt.context);
    const stack = all.get(key);
    const implementingType = 'Microsoft.PowerShell.Commands.PopLocationCommand';
    if (!stack || stack.length === 0) {
      // An empty default stack pops nothing (PassThru writes $null); any other missing stack is an error.
      if (key !== defaultStack) {
        rt.writeError(
          new ErrorRecord({
            message: `Cannot find location stack '${name}'. It does not exist or it is not a container.`,
            errorId: 'Argument',
            category: 'InvalidArgument',
            exceptionType: 'System.Management.Automation.PSArgumentException',
            implementingType,
          }),
        );
        return;
      }
      if (rt.parameters['PassThru'] === true) rt.writeObject(null);
      return;
    }
    const popped = stack.pop() as string;
    if (stack.length === 0 && key !== defaultStack) all.delete(key);
    const info = changeLocation(rt, popped, implementingType);
    if (info && rt.parameters['PassThru'] === true) rt.writeObject(info);
  },
};
