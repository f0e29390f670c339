// Turning whatever was thrown into a RuntimeException with an ErrorRecord positioned at the failing code.
import type { Extent } from '@exosh/language';
import { ErrorRecord, type ScriptPosition } from '../../errors/error-record.js';
import { RuntimeException, toErrorRecord } from '../../errors/runtime-exception.js';
import { formatRuntimeMessage, runtimeMessages, type RuntimeMessageId } from '../diagnostics/messages.js';

export function positionOf(extent: Extent): ScriptPosition {
  const lineStart = extent.startOffset - (extent.startColumnNumber - 1);
  const source = (extent as { source?: { text: string } }).source?.text;
  const lineText = source !== undefined ? (source.slice(lineStart).split(/\r?\n/)[0] ?? '') : extent.text;
  return {
    ...(extent.file !== undefined ? { file: extent.file } : {}),
    line: extent.startLineNumber,
    column: extent.startColumnNumber,
    lineText,
    ...({ startOffset: extent.startOffset, endOffset: extent.endOffset } as object),
  };
}

export function asRuntimeException(err: unknown, extent: Extent): RuntimeException {
  if (err instanceof RuntimeException) {
    if (!err.errorRecord.invocationInfo.position) err.errorRecord.setPosition(positionOf(extent));
    return err;
  }
  const record = toErrorRecord(err, { position: positionOf(extent) });
  return new RuntimeException(record);
}

/** A terminating error from the runtime's own table (CommandNotFoundException, InvokeMethodOnNull, ...). */
export function runtimeError(
  id: RuntimeMessageId,
  extent: Extent | undefined,
  ...args: unknown[]
): RuntimeException {
  const entry = runtimeMessages[id];
  return new RuntimeException(
    new ErrorRecord({
      message: formatRuntimeMessage(id, ...args),
      errorId: id,
      category: entry.category,
      exceptionType: entry.exceptionType,
      ...(extent ? { position: positionOf(extent) } : {}),
      ...(args.length > 0 && typeof args[0] === 'string' ? { targetObject: args[0] } : {}),
    }),
  );
}
