// Join-Path, Split-Path, Get-Location, Set-Location (changeLocation, shared with Push-Location): paths on the FileSystem provider (Linux paths, `~`).
import { statSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { pathInfo } from '../../engine/path-info.js';
import type { PSPathInfo } from '../../values/ps-path-info.js';
import { locationStack, setDefaultLocationStack } from './location-stack.js';
import { resolveFsPath } from './test-path.js';
import { pathNotFound } from './path-not-found.js';
import { driveNotFound, providerNotFound } from './provider-not-found.js';

export const joinPathMetadata: CommandMetadata = {
  name: 'Join-Path',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.JoinPathCommand',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      aliases: ['PSPath'],
      parameterSets: {
        __AllParameterSets: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
    },
    {
      name: 'ChildPath',
      type: 'string',
      parameterSets: {
        __AllParameterSets: { mandatory: true, position: 1, valueFromPipelineByPropertyName: true },
      },
      allowEmptyString: true,
      allowNull: true,
    },
    {
      name: 'AdditionalChildPath',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 2, valueFromRemainingArguments: true } },
    },
    { name: 'Resolve', type: 'switch' },
  ],
};

export const joinPath: CmdletImplementation = {
  process(rt) {
    const children = [
      rt.parameters['ChildPath'] as string | null,
      ...((rt.parameters['AdditionalChildPath'] as string[] | undefined) ?? []),
    ];
    for (const p of rt.parameters['Path'] as string[]) {
      let joined = p;
      for (const c of children) {
        if (!c) continue;
        joined = `${joined.replace(/[\\/]+$/, '')}/${c.replace(/^[\\/]+/, '')}`;
      }
      rt.writeObject(
        rt.parameters['Resolve'] === true ? resolveFsPath(rt.context.currentLocation, joined) : joined,
      );
    }
  },
};

export const splitPathMetadata: CommandMetadata = {
  name: 'Split-Path',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SplitPathCommand',
  defaultParameterSetName: 'ParentSet',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: {
        __AllParameterSets: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
    },
    { name: 'Parent', type: 'switch', parameterSets: { ParentSet: {} } },
    { name: 'Leaf', type: 'switch', parameterSets: { LeafSet: { mandatory: true } } },
    { name: 'LeafBase', type: 'switch', parameterSets: { LeafBaseSet: { mandatory: true } } },
    { name: 'Extension', type: 'switch', parameterSets: { ExtensionSet: { mandatory: true } } },
    { name: 'Qualifier', type: 'switch', parameterSets: { QualifierSet: { mandatory: true } } },
    { name: 'NoQualifier', type: 'switch', parameterSets: { NoQualifierSet: { mandatory: true } } },
    { name: 'IsAbsolute', type: 'switch', parameterSets: { IsAbsoluteSet: { mandatory: true } } },
  ],
};

export const splitPath: CmdletImplementation = {
  process(rt) {
    for (const raw of rt.parameters['Path'] as string[]) {
      const p = raw.replace(/[\\/]+$/, '') || raw;
      const leaf = p.split(/[\\/]/).pop() ?? '';
      switch (rt.parameterSetName) {
        case 'LeafSet':
          rt.writeObject(leaf);
          break;
        case 'LeafBaseSet':
          rt.writeObject(leaf.includes('.') ? leaf.slice(0, leaf.lastIndexOf('.')) : leaf);
          break;
        case 'ExtensionSet':
          rt.writeObject(leaf.includes('.') ? leaf.slice(leaf.lastIndexOf('.')) : '');
          break;
        case 'IsAbsoluteSet':
          rt.writeObject(path.isAbsolute(raw) || raw.startsWith('~'));
          break;
        case 'QualifierSet':
          rt.writeObject(raw.startsWith('/') ? '/' : '');
          break;
        case 'NoQualifierSet':
          rt.writeObject(raw);
          break;
        default: {
          const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
          rt.writeObject(i < 0 ? '' : i === 0 ? '/' : p.slice(0, i));
        }
      }
    }
  },
};

export const getLocationMetadata: CommandMetadata = {
  name: 'Get-Location',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
  defaultParameterSetName: 'Location',
  parameters: [
    {
      name: 'PSProvider',
      type: 'string[]',
      parameterSets: { Location: { valueFromPipelineByPropertyName: true } },
    },
    {
      name: 'PSDrive',
      type: 'string[]',
      parameterSets: { Location: { valueFromPipelineByPropertyName: true } },
    },
    { name: 'Stack', type: 'switch', parameterSets: { Stack: {} } },
    {
      name: 'StackName',
      type: 'string[]',
      parameterSets: { Stack: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

/**
 * The Location set: the current location, or for -PSDrive each drive's and for -PSProvider each provider's. exosh has
 * one provider, FileSystem, and (on Unix) its one drive, `/`; any other name is pwsh's not-found error.
 */
function writeLocations(rt: CommandRuntime): void {
  const drives = rt.parameters['PSDrive'] as string[] | undefined;
  const providers = rt.parameters['PSProvider'] as string[] | undefined;
  const here = () => rt.writeObject(pathInfo(rt.context.currentLocation));
  const isFileSystem = (name: string) => /^(Microsoft\.PowerShell\.Core\\)?FileSystem$/i.test(name);
  if (drives) {
    // The drive the location is on: `/` on Unix, its letter on Windows.
    const current = rt.context.currentLocation;
    const drive = process.platform === 'win32' ? path.parse(current).root.slice(0, 1) : '/';
    for (const d of drives) {
      if (d.toLowerCase() === drive.toLowerCase()) here();
      else rt.writeError(driveNotFound(d));
    }
    return;
  }
  if (!providers) return here();
  for (const p of providers) {
    if (isFileSystem(p)) here();
    else rt.writeError(providerNotFound(p));
  }
}

export const getLocation: CmdletImplementation = {
  end(rt) {
    if (rt.parameterSetName !== 'Stack') return writeLocations(rt);
    // -Stack: each stack as one object (pwsh's PathInfoStack), its locations last pushed first.
    const names = (rt.parameters['StackName'] as string[] | undefined) ?? [undefined];
    for (const name of names) {
      const stack = locationStack(rt.context, name);
      if (stack) {
        rt.writeObject(stack.map(pathInfo), false);
        continue;
      }
      rt.writeError(
        new ErrorRecord({
          // pwsh's LocationStack throws NewArgumentException(nameof(stackName)) here.
          message:
            'Cannot process argument because the value of argument "stackName" is not valid. ' +
            'Change the value of the "stackName" argument and run the operation again.',
          errorId: 'Argument',
          category: 'InvalidArgument',
          exceptionType: 'System.Management.Automation.PSArgumentException',
          implementingType: 'Microsoft.PowerShell.Commands.GetLocationCommand',
        }),
      );
    }
  },
};

export const setLocationMetadata: CommandMetadata = {
  name: 'Set-Location',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.SetLocationCommand',
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
      parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'PassThru', type: 'switch' },
    {
      name: 'StackName',
      type: 'string',
      parameterSets: { Stack: { valueFromPipelineByPropertyName: true } },
    },
  ],
};

/**
 * Sets the current location (and $PWD) to `raw` resolved against it; a missing directory is pwsh's PathNotFound
 * error, written for `implementingType` (the cmdlet's class), and the result is undefined.
 */
export function changeLocation(
  rt: CommandRuntime,
  raw: string,
  implementingType: string,
): PSPathInfo | undefined {
  const target = resolveFsPath(rt.context.currentLocation, raw);
  let ok: boolean;
  try {
    ok = statSync(target).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) {
    rt.writeError(pathNotFound(target, implementingType));
    return undefined;
  }
  rt.context.currentLocation = target;
  const info = pathInfo(target);
  rt.context.sessionState.set('PWD', info, 'global');
  return info;
}

export const setLocation: CmdletImplementation = {
  process(rt) {
    const implementingType = 'Microsoft.PowerShell.Commands.SetLocationCommand';
    if (rt.parameterSetName === 'Stack') {
      // -StackName makes that stack the one Push-Location and Pop-Location use by default.
      const name = rt.parameters['StackName'] as string | undefined;
      const stack = setDefaultLocationStack(rt.context, name);
      if (stack === undefined)
        rt.writeError(
          new ErrorRecord({
            message: `Cannot find path '${name}' because it does not exist.`,
            errorId: 'StackNotFound',
            category: 'ObjectNotFound',
            exceptionType: 'System.Management.Automation.ItemNotFoundException',
            targetObject: name,
            implementingType,
          }),
        );
      else if (rt.parameters['PassThru'] === true) rt.writeObject(stack.map(pathInfo), false);
      return;
    }
    const target = (rt.parameters['Path'] ?? rt.parameters['LiteralPath'] ?? '~') as string;
    const info = changeLocation(rt, target, implementingType);
    if (info && rt.parameters['PassThru'] === true) rt.writeObject(info);
  },
};
