// pwsh 7.4's views of an error ($ErrorView): ConciseView (`Command: message`, or a `Line |` block for errors inside
// script files), NormalView (the message, its position and the `+ CategoryInfo` lines) and CategoryView.
import type { ErrorRecord, ScriptPosition } from '../errors/error-record.js';
import { visibleLength } from './vt.js';

function shortType(typeName: string): string {
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}

/**
 * The label before the message, as the ConciseView script chooses its `$reason`: `Exception` for what a `throw`
 * statement threw, else the failing command, the category's activity, the unknown term, the category (unless
 * NotSpecified, which is 0 and so false there), else the exception's type (CategoryInfo.Reason).
 */
function labelOf(record: ErrorRecord): string {
  if (record.thrownFromThrowStatement) return 'Exception';
  if (record.invocationInfo.commandName) return record.invocationInfo.commandName;
  if (record.categoryInfo.activity) return record.categoryInfo.activity;
  if (
    record.fullyQualifiedErrorId.startsWith('CommandNotFoundException') &&
    typeof record.targetObject === 'string'
  )
    return record.targetObject;
  const category = record.categoryInfo.category;
  if (category && category !== 'NotSpecified') return category;
  return shortType(record.exception.typeName);
}

/**
 * The error view's colours on a VT host: `$PSStyle.Formatting.Error` for the text, ErrorAccent for the `Line |`
 * gutter and the failing code, and Reset.
 */
export interface ErrorColors {
  readonly error: string;
  readonly accent: string;
  readonly reset: string;
}

const noColors: ErrorColors = { error: '', accent: '', reset: '' };

/** ConciseView's last line: `  Recommendation: <action>` when ErrorDetails carries one. */
function recommendation(record: ErrorRecord, { error, reset }: ErrorColors): string {
  const action = record.errorDetails?.recommendedAction ?? '';
  return action.trim() === '' ? '' : `\n${error}  Recommendation: ${action}${reset}`;
}

/** How a host draws errors: colours on a VT host, and the window width long messages wrap at (120 by default). */
export interface ErrorViewOptions {
  readonly colors?: ErrorColors;
  readonly width?: number;
}

/** ConciseView, in the view script's colours when `colors` are given. */
export function formatErrorConcise(record: ErrorRecord, options: ErrorViewOptions = {}): string {
  const colors = options.colors ?? noColors;
  return conciseMessage(record, colors, options.width ?? 120) + recommendation(record, colors);
}

/** Get-TruncatedString: at most `length` characters, cut at the last whitespace when cut. */
function truncated(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.search(/\s\S*$/);
  return space < 0 ? cut : cut.slice(0, space);
}

/**
 * The view script's message under a `Line |` block: `     | <message>`, wrapped at the window width between words
 * with the prefix on every line (VT sequences in the prefix take no columns).
 */
function wrappedMessage(prefix: string, message: string, width: number): string {
  const text = prefix + message.replace(/\r?\n/g, ' ').replace(/\t/g, ' ');
  const prefixLength = visibleLength(prefix);
  const prefixVt = prefix.length - prefixLength;
  if (width <= 0 || text.length - prefixVt <= width) return text;
  const first = truncated(text, width + prefixVt);
  const lines = [first];
  let rest = text.slice(first.length).trim();
  while (rest.length + prefixLength > width) {
    const part = truncated(prefix + rest, width + prefixVt);
    if (part.length - prefix.length <= 0) break;
    lines.push(part);
    rest = rest.slice(part.length - prefix.length).trim();
  }
  lines.push(prefix + rest.trim());
  return lines.join('\n');
}

function conciseMessage(record: ErrorRecord, colors: ErrorColors, width: number): string {
  const { error: E, accent: A, reset: R } = colors;
  const p = record.invocationInfo.position;
  // ErrorDetails' message, when there is one, stands for the exception's.
  const message = record.toString();
  const isParseError =
    record.categoryInfo.category === 'ParserError' &&
    record.exception.typeName.endsWith('ParentContainsErrorRecordException');
  // The `Line |` block: a script file's error or a later line of multi-line input, never inside a script module.
  const lineDetail =
    p !== undefined && (isParseError || !!p.file || p.line > 1) && !/\.psm1$/i.test(p.file ?? '');
  if (!p || !lineDetail) return `${E}${labelOf(record)}: ${message}${R}`;
  // The source line and the squiggles as InvocationInfo.PositionMessage has them (tabs expanded, long lines cut).
  const [, source = '+ ', squiggles = '+ '] = positionMessage(p).split('\n');
  const line = source.slice(1);
  const highlight = squiggles.slice(1);
  const at = highlight.indexOf('~');
  const length = highlight.trim().length;
  // The failing code in the accent colour within its line (pwsh inserts the accent and a reset around it).
  const code =
    A && at >= 0
      ? `${line.slice(0, at)}${A}${line.slice(at, at + length)}${R}${line.slice(at + length)}`
      : line;
  const lineNo = String(p.line);
  const headerSpace = ' '.repeat(Math.max(0, lineNo.length - 4));
  const prefix = `${A}${headerSpace}     | ${E}`;
  const label = `${labelOf(record)}: `;
  const wraps = !!p.file || record.categoryInfo.category === 'ParserError';
  return [
    `${E}${label}${R}${p.file ? `${p.file}:${p.line}` : ''}`,
    `${A}${headerSpace}Line |`,
    `${A}${lineNo.padStart(4)} | ${R}${code}`,
    `${prefix}${highlight}`,
    // A message under a script's line ends with a line break: a blank line follows it.
    `${E}${wraps ? `${wrappedMessage(prefix, message, width)}\n` : prefix + message}${R}`,
  ].join('\n');
}

/**
 * The error as `$ErrorView` shows it: NormalView and CategoryView as pwsh's ErrorRecord view script, else concise;
 * in the error colours when `options.colors` are given.
 */
export function formatErrorView(
  record: ErrorRecord,
  errorView: string,
  options: ErrorViewOptions = {},
): string {
  const view = errorView.toLowerCase();
  if (view !== 'categoryview' && view !== 'normalview') return formatErrorConcise(record, options);
  const text = plainErrorView(record, view);
  return options.colors ? `${options.colors.error}${text}${options.colors.reset}` : text;
}

function plainErrorView(record: ErrorRecord, view: 'categoryview' | 'normalview'): string {
  switch (view) {
    case 'categoryview':
      return record.categoryInfoText();
    case 'normalview': {
      const p = record.invocationInfo.position;
      const hasInvocation = record.invocationInfo.commandName !== undefined || p !== undefined;
      const position =
        p &&
        hasInvocation &&
        (record.invocationInfo.commandName || record.categoryInfo.category !== 'ParserError')
          ? positionMessage(p)
          : '';
      // The command before the message (pwsh: its InvocationName, or a script's text, which exosh leaves out).
      const command = record.invocationInfo.commandName;
      return [
        (command ? `${command} : ` : '') + record.toString() + (position === '' ? '' : `\n${position}`),
        `+ CategoryInfo          : ${record.categoryInfoText()}`,
        `+ FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`,
      ].join('\n');
    }
  }
}

/** Lines longer than this are cut around the error, with `…` (pwsh keeps `+ ` and the dots inside 80 columns). */
const MAX_LINE_LENGTH = 69;

/**
 * InvocationInfo.PositionMessage (PositionUtilities.VerboseMessage): `At <file or line>:<line> char:<column>`, then
 * `+ ` and the source line (tabs as four spaces, cut around the error when long) and `+ ` with `~` under the error.
 */
export function positionMessage(p: ScriptPosition): string {
  const header = `At ${p.file || 'line'}:${p.line} char:${p.column}`;
  let line = p.lineText.replace(/\s+$/, '');
  if (line === '') return `${header}\n+ `;
  let before = p.column - 1;
  const length =
    p.startOffset !== undefined && p.endOffset !== undefined
      ? p.endOffset - p.startOffset
      : line.length - before;
  let errorLength = p.column + length <= line.length + 1 ? length : line.length - p.column + 1;
  if (line.includes('\t')) {
    const head = line.slice(0, before).replace(/\t/g, '    ');
    const error = line.slice(before, before + errorLength).replace(/\t/g, '    ');
    line = head + error + line.slice(before + errorLength).replace(/\t/g, '    ');
    before = head.length;
    errorLength = error.length;
  }
  let prefixDots = false;
  let suffixDots = false;
  if (line.length > MAX_LINE_LENGTH) {
    const totalPrefix = before;
    let prefix = Math.min(totalPrefix, 12);
    const totalSuffix = line.length - errorLength - before;
    let suffix = Math.min(totalSuffix, 8);
    let candidate = prefix + errorLength + suffix;
    if (candidate >= MAX_LINE_LENGTH) {
      if (prefix + errorLength >= MAX_LINE_LENGTH) errorLength = MAX_LINE_LENGTH - prefix;
      suffixDots = true;
    } else {
      const prefixAvailable = totalPrefix - prefix;
      if (prefixAvailable > 0) {
        prefix += Math.min(prefixAvailable, MAX_LINE_LENGTH - candidate);
        candidate = prefix + errorLength + suffix;
      }
      if (candidate < MAX_LINE_LENGTH && totalSuffix > 0)
        suffix += Math.min(totalSuffix, MAX_LINE_LENGTH - candidate);
      suffixDots = suffix < totalSuffix;
    }
    prefixDots = prefix < totalPrefix;
    const start = Math.max(before - prefix, 0);
    line = line.slice(start, start + MAX_LINE_LENGTH);
    before = Math.min(before, prefix);
    errorLength = Math.min(errorLength, MAX_LINE_LENGTH - before);
  }
  const shown = `${prefixDots ? '\u2026 ' : ''}${line}${suffixDots ? ' \u2026' : ''}`;
  const underline = `${' '.repeat(before + (prefixDots ? 2 : 0))}${'~'.repeat(Math.max(errorLength, 1))}`;
  return `${header}\n+ ${shown}\n+ ${underline}`;
}
