// The prologue/epilogue lines pwsh's PSHostUserInterface writes around a transcript (InternalHostUserInterfaceStrings).
import os from 'node:os';
import { objectToString } from '../../conversion/index.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

const rule = '**********************';

/** `{0:yyyyMMddHHmmss}` in local time. */
export function transcriptTimestamp(date: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(date.getFullYear(), 4)}${p(date.getMonth() + 1)}${p(date.getDate())}${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`;
}

/** Environment.MachineName: the host name up to its first dot. */
export function machineName(): string {
  return os.hostname().split('.')[0] ?? '';
}

/** Environment.OSVersion.VersionString off Windows: `Unix 6.5.0.14` (the kernel release's numbers). */
function osVersionString(): string {
  if (process.platform === 'win32') return `Microsoft Windows NT ${os.release()}`;
  const numbers = os.release().match(/\d+/g) ?? [];
  return `Unix ${numbers.slice(0, 4).join('.')}`;
}

/** `key: value` lines of $PSVersionTable, arrays joined with ", " as LogTranscriptHeader does. */
function versionLines(versionTable: unknown): string[] {
  if (!(versionTable instanceof PSHashtable)) return [];
  return versionTable.keys().flatMap((key) => {
    const value = versionTable.get(key);
    if (value === null || value === undefined) return [];
    const text = Array.isArray(value)
      ? value.map((v) => objectToString(v)).join(', ')
      : objectToString(value);
    return [`${String(key)}: ${text}`];
  });
}

export function transcriptPrologue(start: Date, minimal: boolean, versionTable: unknown): string[] {
  if (minimal)
    return [rule, 'PowerShell transcript start', `Start time: ${transcriptTimestamp(start)}`, rule];
  const user = `${machineName()}\\${os.userInfo().username}`;
  return [
    rule,
    'PowerShell transcript start',
    `Start time: ${transcriptTimestamp(start)}`,
    `Username: ${user}`,
    `RunAs User: ${user}`,
    'Configuration Name: ',
    `Machine: ${machineName()} (${osVersionString()})`,
    `Host Application: ${process.argv.join(' ')}`,
    `Process ID: ${process.pid}`,
    ...versionLines(versionTable),
    rule,
  ];
}

export function transcriptEpilogue(end: Date): string[] {
  return [rule, 'PowerShell transcript end', `End time: ${transcriptTimestamp(end)}`, rule];
}

export function invocationHeader(start: Date): string[] {
  return [rule, `Command start time: ${transcriptTimestamp(start)}`, rule];
}
