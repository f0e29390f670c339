// Invoke-Item: opens each item with the desktop's handler (xdg-open on Linux, open on macOS); an executable file
// runs itself, as pwsh on Unix starts it directly.
import type * as ChildProcess from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { matchesWildcard, toStr } from '../../engine/semantics/index.js';
import { expandFsPath } from './items.js';
import { resolveFsPath } from './test-path.js';
import { lazyBuiltin } from '../../host/lazy-builtin.js';
import { pathParameters } from './path-parameters.js';
import { pathNotFound } from './path-not-found.js';

/** node:child_process is loaded when an item is first opened, not at start-up. */
const childProcess = lazyBuiltin<typeof ChildProcess>('node:child_process');

const implementingType = 'Microsoft.PowerShell.Commands.InvokeItemCommand';

export const invokeItemMetadata: CommandMetadata = {
  name: 'Invoke-Item',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'Path',
  supportsShouldProcess: true,
  parameters: [
    ...pathParameters,
    { name: 'Filter', type: 'string' },
    { name: 'Include', type: 'string[]' },
    { name: 'Exclude', type: 'string[]' },
  ],
};

/** The desktop's "open this" command, when it is installed (looked up on PATH as the shell would). */
export function desktopOpener(): string | undefined {
  if (process.platform === 'win32') return undefined;
  const name = process.platform === 'darwin' ? 'open' : 'xdg-open';
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function isExecutableFile(full: string): boolean {
  try {
    if (!statSync(full).isFile()) return false;
    accessSync(full, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function notFound(rt: CommandRuntime, target: string): void {
  rt.writeError(pathNotFound(target, implementingType));
}

function start(command: string, args: string[], cwd: string): void {
  const child = childProcess().spawn(command, args, { detached: true, stdio: 'ignore', cwd });
  child.on('error', () => undefined);
  child.unref();
}

function open(rt: CommandRuntime, full: string): void {
  if (isExecutableFile(full)) return start(full, [], path.dirname(full));
  const opener = desktopOpener();
  if (opener === undefined)
    rt.throwTerminatingError(
      new ErrorRecord({
        message:
          `Attempting to perform the InvokeDefaultAction operation on the 'FileSystem' provider failed for path ` +
          `'${full}'. No application is registered to open it: ` +
          `'${process.platform === 'darwin' ? 'open' : 'xdg-open'}' was not found.`,
        errorId: 'InvokeDefaultActionProviderException',
        category: 'NotSpecified',
        exceptionType: 'System.Management.Automation.ProviderInvocationException',
        targetObject: full,
        implementingType,
      }),
    );
  start(opener, [full], rt.context.currentLocation);
}

export const invokeItem: CmdletImplementation = {
  process(rt) {
    const p = rt.parameters;
    const literal = p['LiteralPath'] !== undefined;
    const include = p['Include'] as string[] | undefined;
    const exclude = p['Exclude'] as string[] | undefined;
    const filter = p['Filter'] as string | undefined;
    const keep = (full: string) => {
      const leaf = path.basename(full);
      return (
        (!filter || matchesWildcard(leaf, filter)) &&
        (!include || include.some((i) => matchesWildcard(leaf, i))) &&
        !exclude?.some((x) => matchesWildcard(leaf, x))
      );
    };
    const base = rt.context.currentLocation;
    for (const value of (p['Path'] ?? p['LiteralPath']) as unknown[]) {
      const raw = toStr(rt.context, value);
      const full = resolveFsPath(base, raw);
      const found = (literal ? [full] : expandFsPath(base, raw, false)).filter((f) => existsSync(f));
      // A wildcard that matches nothing is no error; a plain path must exist (pwsh's LocationGlobber).
      if (found.length === 0 && (literal || !/[*?[]/.test(raw))) notFound(rt, full);
      for (const f of found.filter(keep)) if (rt.shouldProcess(`Item: ${f}`, 'Invoke Item')) open(rt, f);
    }
  },
};
