// Resolve-Path: wildcard paths to the existing items they name, as PathInfo objects or (-Relative) relative paths.
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { pathInfo } from '../../engine/path-info.js';
import { toStr } from '../../engine/semantics/index.js';
import { expandFsPath } from './items.js';
import { resolveFsPath } from './test-path.js';
import { pathParameters } from './path-parameters.js';
import { pathNotFound } from './path-not-found.js';

const implementingType = 'Microsoft.PowerShell.Commands.ResolvePathCommand';

export const resolvePathMetadata: CommandMetadata = {
  name: 'Resolve-Path',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'Path',
  parameters: [
    ...pathParameters,
    { name: 'Relative', type: 'switch', parameterSets: { Path: {}, LiteralPath: {} } },
    { name: 'RelativeBasePath', type: 'string' },
    { name: 'Force', type: 'switch' },
    { name: 'Credential', type: 'pscredential' },
  ],
};

function notFound(rt: CommandRuntime, target: string): void {
  rt.writeError(pathNotFound(target, implementingType));
}

/** pwsh's -Relative form: `./x` below the base, `../x` beside it, the path itself when nothing is shared. */
function relativeTo(base: string, full: string): string {
  const rel = path.relative(base, full);
  if (rel === '') return '.';
  return rel.startsWith('.') || path.isAbsolute(rel) ? rel : `./${rel}`;
}

export const resolvePath: CmdletImplementation = {
  process(rt) {
    const literal = rt.parameters['LiteralPath'] !== undefined;
    const raws = (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as unknown[];
    const basePath = rt.parameters['RelativeBasePath'] as string | undefined;
    const base = basePath ? resolveFsPath(rt.context.currentLocation, basePath) : rt.context.currentLocation;
    for (const value of raws) {
      const raw = toStr(rt.context, value);
      // Paths resolve against -RelativeBasePath when given, as if it were the current location.
      const full = resolveFsPath(base, raw);
      const wildcard = !literal && /[*?[]/.test(raw);
      const found = literal ? [full] : expandFsPath(base, raw, rt.parameters['Force'] === true);
      const existing = found.filter((f) => existsSync(f));
      // A wildcard that matches nothing resolves to nothing; only a plain path must exist (pwsh's LocationGlobber).
      if (existing.length === 0 && !wildcard) notFound(rt, full);
      for (const f of existing)
        rt.writeObject(rt.parameters['Relative'] === true ? relativeTo(base, f) : pathInfo(f));
    }
  },
};
