// Select-String's -Path / -LiteralPath: provider paths resolved against the location, wildcards in the leaf expanded.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ErrorRecord } from '../../../errors/error-record.js';
import type { CommandRuntime } from '../../../engine/commands/cmdlet-implementation.js';
import { matchesWildcard } from '../../../engine/semantics/index.js';
import { containsWildcardCharacters } from '../../../text/index.js';
import { resolveFsPath } from '../../management/test-path.js';

/**
 * The files a path names. A literal path is taken as is (a missing file fails when read); a wildcard path lists
 * the matches (none is no error); any other path must exist, or the command stops with PathNotFound.
 */
export function resolveFilePaths(
  rt: CommandRuntime,
  raw: string,
  literal: boolean,
  commandType: string,
): string[] {
  const full = resolveFsPath(rt.context.currentLocation, raw);
  if (literal) return [full];
  const leaf = path.basename(full);
  if (containsWildcardCharacters(leaf)) {
    const dir = path.dirname(full);
    try {
      return readdirSync(dir)
        .filter((name) => matchesWildcard(name, leaf))
        .sort()
        .map((name) => path.join(dir, name));
    } catch {
      return [];
    }
  }
  try {
    statSync(full);
  } catch {
    rt.throwTerminatingError(
      new ErrorRecord({
        message: `Cannot find path '${full}' because it does not exist.`,
        errorId: 'PathNotFound',
        category: 'ObjectNotFound',
        exceptionType: 'System.Management.Automation.ItemNotFoundException',
        targetObject: full,
        implementingType: commandType,
      }),
    );
  }
  return [full];
}

export function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
