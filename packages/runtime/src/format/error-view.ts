// pwsh 7.4's ConciseView of an error: `Command: message`, or a `Line |` block for errors inside script files.
import type { ErrorRecord } from '../errors/error-record.js';

function shortType(typeName: string): string {
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}

/** The label before the message: the failing command, the unknown term, or the exception type. */
function labelOf(record: ErrorRecord): string {
  if (
    record.fullyQualifiedErrorId.startsWith('CommandNotFoundException') &&
    typeof record.targetObject === 'string'
  )
    return record.targetObject;
  if (record.invocationInfo.commandName) return record.invocationInfo.commandName;
  const type = shortType(record.exception.typeName);
  return type === 'RuntimeException' ? 'Exception' : type;
}

/** ConciseView's last line: `  Recommendation: <action>` when ErrorDetails carries one. */
function recommendation(record: ErrorRecord): string {
  const action = record.errorDetails?.recommendedAction ?? '';
  return action.trim() === '' ? '' : `\n  Recommendation: ${action}`;
}

export function formatErrorConcise(record: ErrorRecord): string {
  return conciseMessage(record) + recommendation(record);
}

function conciseMessage(record: ErrorRecord): string {
  const p = record.invocationInfo.position;
  // ErrorDetails' message, when there is one, stands for the exception's.
  const message = record.toString();
  if (!p || !p.file) return `${labelOf(record)}: ${message}`;
  const lineNo = String(p.line);
  const gutter = ' '.repeat(Math.max(4, lineNo.length));
  const width = Math.max(
    1,
    p.endOffset !== undefined && p.startOffset !== undefined ? p.endOffset - p.startOffset : 1,
  );
  const underline = '~'.repeat(Math.min(width, Math.max(1, p.lineText.length - (p.column - 1))));
  const label = record.invocationInfo.commandName ? `${record.invocationInfo.commandName}: ` : '';
  return [
    `${label}${p.file}:${p.line}`,
    `Line |`,
    `${lineNo.padStart(gutter.length)} |  ${p.lineText}`,
    `${gutter} |  ${' '.repeat(p.column - 1)}${underline}`,
    `${gutter} | ${message.replace(/\r?\n/g, ' ')}`,
  ].join('\n');
}
