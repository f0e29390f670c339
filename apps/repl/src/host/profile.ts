// The profile script at the XDG location ($PROFILE): run at start unless -NoProfile; a failing profile is reported, not fatal.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Runspace, StreamRecord } from '@exosh/runtime';

export function profilePath(): string {
  const base = process.env['XDG_CONFIG_HOME'] || path.join(os.homedir(), '.config');
  return path.join(base, 'exosh', 'profile.ps1');
}

/** Defines $PROFILE and, unless skipped, runs the profile dot-sourced in the global scope. */
export function runProfile(runspace: Runspace, skip: boolean, onRecord: (r: StreamRecord) => void): void {
  const file = profilePath();
  runspace.context.sessionState.set('PROFILE', file, 'global');
  if (skip || !existsSync(file)) return;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`WARNING: The profile ${file} could not be read: ${(err as Error).message}\n`);
    return;
  }
  runspace.invokeSync(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { onRecord, fileName: file });
}
