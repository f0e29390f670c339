// Test-Path: whether each path exists (-PathType Leaf/Container), or is well-formed (-IsValid).
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';

export const testPathMetadata: CommandMetadata = {
  name: 'Test-Path',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.TestPathCommand',
  defaultParameterSetName: 'Path',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: {
        Path: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
      allowEmptyString: true,
      allowNull: true,
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: { LiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'PathType', type: 'TestPathType', aliases: ['Type'], enumValues: ['Any', 'Container', 'Leaf'] },
    { name: 'IsValid', type: 'switch' },
  ],
};

export function resolveFsPath(base: string, p: string): string {
  const expanded = p === '~' || p.startsWith('~/') ? path.join(os.homedir(), p.slice(1)) : p;
  return path.resolve(base, expanded);
}

export const testPath: CmdletImplementation = {
  process(rt) {
    const paths = (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as (string | null)[];
    const type = String(rt.parameters['PathType'] ?? 'Any').toLowerCase();
    for (const p of paths) {
      if (p === null || p === '') {
        rt.writeObject(false);
        continue;
      }
      if (rt.parameters['IsValid'] === true) {
        rt.writeObject(!p.includes('\0'));
        continue;
      }
      try {
        const st = statSync(resolveFsPath(rt.context.currentLocation, p));
        rt.writeObject(type === 'leaf' ? st.isFile() : type === 'container' ? st.isDirectory() : true);
      } catch {
        rt.writeObject(false);
      }
    }
  },
};
