// -EnableErrorReporting's log: one CSV per connection (EXOCmdletTelemetry-yyyyMMdd-HHmmss.csv), 0600, no secret in it.
import { appendFileSync, chmodSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type LogLevel = 'Default' | 'All';

/** One row: what happened, in which cmdlet, under which request ids. Parameter values are never logged. */
export interface LogRow {
  readonly event: 'CmdletStart' | 'CmdletEnd' | 'Request' | 'Error' | 'Warning' | 'Parameters';
  readonly cmdletName: string;
  readonly clientRequestId?: string;
  readonly serverRequestId?: string;
  readonly status?: number;
  readonly durationMs?: number;
  readonly detail?: string;
}

export const logColumns = [
  'TimeStamp',
  'ConnectionId',
  'CmdletName',
  'Event',
  'ClientRequestId',
  'ServerRequestId',
  'Status',
  'DurationMs',
  'Detail',
] as const;

/** The module's default folder: `<temp>/EXOCmdletTelemetry`. */
export const defaultLogDirectory = (): string => path.join(os.tmpdir(), 'EXOCmdletTelemetry');

const two = (n: number) => String(n).padStart(2, '0');

/** `EXOCmdletTelemetry-yyyyMMdd-HHmmss.csv` in local time, as the module names it. */
export function logFileName(at: Date): string {
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `EXOCmdletTelemetry-${date}-${time}.csv`;
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export class ConnectionLog {
  readonly file: string;

  constructor(
    dir: string,
    readonly connectionId: string,
    readonly level: LogLevel,
    now: Date = new Date(),
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = path.join(dir, logFileName(now));
    if (!existsSync(this.file)) appendFileSync(this.file, `${logColumns.join(',')}\n`, { mode: 0o600 });
    // A file made before (another connection in the same second, or by hand) is made private too.
    chmodSync(this.file, 0o600);
  }

  write(row: LogRow): void {
    if ((row.event === 'Parameters' || row.event === 'Warning') && this.level !== 'All') return;
    const line = [
      new Date().toISOString(),
      this.connectionId,
      row.cmdletName,
      row.event,
      row.clientRequestId,
      row.serverRequestId,
      row.status,
      row.durationMs,
      row.detail,
    ].map(field);
    try {
      appendFileSync(this.file, `${line.join(',')}\n`, { mode: 0o600 });
    } catch {
      // The log is a diagnostic: a full disk or a removed folder must not fail the cmdlet.
    }
  }
}
