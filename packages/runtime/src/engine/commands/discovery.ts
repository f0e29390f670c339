// Command discovery in PowerShell's order: alias, function, cmdlet, script file, native executable on PATH.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionContext } from '../execution-context.js';
import type { CommandInfo, FunctionInfo } from './command-info.js';

const pathCache = new Map<string, string | null>();

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds an executable on PATH (cached per PATH value and name). */
export function findOnPath(name: string): string | undefined {
  const envPath = process.env['PATH'] ?? '';
  const key = `${envPath}\u0000${name}`;
  const cached = pathCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | null = null;
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) {
      found = candidate;
      break;
    }
  }
  pathCache.set(key, found);
  return found ?? undefined;
}

/** Every executable on PATH whose file name satisfies `matches`, first directory first (for Get-Command g*). */
export function findAllOnPath(matches: (name: string) => boolean): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = [];
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (!dir) continue;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      if (matches(name) && isExecutableFile(file)) found.push({ name, path: file });
    }
  }
  return found;
}

function looksLikePath(name: string): boolean {
  return name.includes('/') || name.includes('\\') || name.startsWith('.') || name.startsWith('~');
}

export function resolveCommand(
  ctx: ExecutionContext,
  name: string,
  seen?: Set<string>,
): CommandInfo | undefined {
  const alias = ctx.sessionState.lookupAlias(name);
  if (alias !== undefined && !seen?.has(name.toLowerCase())) {
    (seen ??= new Set()).add(name.toLowerCase());
    return resolveCommand(ctx, alias, seen);
  }
  const fn = ctx.sessionState.lookupFunction(name) as FunctionInfo | undefined;
  if (fn) return fn;
  const cmdlet = ctx.commands.getCmdlet(name);
  if (cmdlet) return cmdlet;
  if (looksLikePath(name)) {
    const expanded = name.startsWith('~') ? path.join(process.env['HOME'] ?? '', name.slice(1)) : name;
    const full = path.resolve(ctx.currentLocation, expanded);
    if (/\.ps1$/i.test(full)) return { commandType: 'ExternalScript', name: path.basename(full), path: full };
    if (isExecutableFile(full)) return { commandType: 'Application', name: path.basename(full), path: full };
    return undefined;
  }
  const native = findOnPath(name);
  if (native) return { commandType: 'Application', name, path: native };
  return undefined;
}
