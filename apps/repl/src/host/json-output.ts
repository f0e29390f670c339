// -OutputFormat Json: one JSON line per output object on stdout and per error record on stderr.
import { PSDateTime, PSHashtable, PSObject, toStringForDisplay, type StreamRecord } from '@exosh/runtime';
import type { ConsoleWriter } from './console-streams.js';

function toJson(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (depth > 8) return toStringForDisplay(value);
  if (Array.isArray(value)) return value.map((v) => toJson(v, depth + 1));
  if (value instanceof PSDateTime) return value.toString();
  if (value instanceof PSHashtable)
    return Object.fromEntries(value.entries().map(([k, v]) => [String(k), toJson(v, depth + 1)]));
  if (value instanceof PSObject) {
    if (!value.isCustomObject && value.memberCount === 0) return toJson(value.baseObject, depth);
    return Object.fromEntries(value.noteEntries().map(([k, v]) => [k, toJson(v, depth + 1)]));
  }
  return toStringForDisplay(value);
}

export function writeJsonRecord(record: StreamRecord, stdout: ConsoleWriter, stderr: ConsoleWriter): void {
  if (record.stream === 'output') {
    stdout.write(JSON.stringify(toJson(record.value, 0)) + '\n');
  } else if (record.stream === 'error') {
    const e = record.value;
    stderr.write(
      JSON.stringify({
        FullyQualifiedErrorId: e.fullyQualifiedErrorId,
        Message: e.exception.message,
        Category: e.categoryInfo.category,
        ...(e.invocationInfo.position
          ? { Line: e.invocationInfo.position.line, Column: e.invocationInfo.position.column }
          : {}),
      }) + '\n',
    );
  } else if (record.stream === 'information' && record.value.hostMessage) {
    // Write-Host text is for people: it goes to stderr so stdout stays pure JSON.
    stderr.write(record.value.hostMessage.text + (record.value.hostMessage.noNewLine ? '' : '\n'));
  } else if (record.stream === 'warning') {
    stderr.write(`WARNING: ${record.value}\n`);
  }
}
