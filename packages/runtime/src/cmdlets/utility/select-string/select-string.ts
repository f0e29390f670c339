// Select-String: finds regex or literal patterns in pipeline strings and files, emitting MatchInfo objects.
import { readFileSync } from 'node:fs';
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../../engine/commands/cmdlet-implementation.js';
import { getMember, toStr } from '../../../engine/semantics/index.js';
import { dotNet } from '../../../conversion/index.js';
import { RegexTranslationError, WildcardPattern } from '../../../text/index.js';
import { RegexMatchResult, type TextEncoding } from '../../../types/index.js';
import { PSObject } from '../../../values/ps-object.js';
import { PSRegex } from '../../../values/ps-regex.js';
import { withElementType } from '../../../values/type-names.js';
import { createContextTracker, type ContextTracker } from './context-tracker.js';
import { decodeText, encodingArgument } from './file-encoding.js';
import { isDirectory, resolveFilePaths } from './file-paths.js';
import { MatchInfo, MatchInfoContext, type MatchSpan } from './match-info.js';

const commandType = 'Microsoft.PowerShell.Commands.SelectStringCommand';

const inSets = (
  sets: readonly string[],
  role: Record<string, unknown> = {},
): ParameterMetadata['parameterSets'] => Object.fromEntries(sets.map((s) => [s, role]));

export const selectStringMetadata: CommandMetadata = {
  name: 'Select-String',
  commandType: 'Cmdlet',
  implementingType: commandType,
  defaultParameterSetName: 'File',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject',
      parameterSets: inSets(['Object', 'ObjectRaw'], { mandatory: true, valueFromPipeline: true }),
      allowNull: true,
      allowEmptyString: true,
    },
    {
      name: 'Pattern',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
    },
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: inSets(['File', 'FileRaw'], {
        mandatory: true,
        position: 1,
        valueFromPipelineByPropertyName: true,
      }),
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: inSets(['LiteralFile', 'LiteralFileRaw'], {
        mandatory: true,
        valueFromPipelineByPropertyName: true,
      }),
    },
    {
      name: 'Raw',
      type: 'switch',
      parameterSets: inSets(['ObjectRaw', 'FileRaw', 'LiteralFileRaw'], { mandatory: true }),
    },
    { name: 'SimpleMatch', type: 'switch' },
    { name: 'CaseSensitive', type: 'switch' },
    { name: 'Quiet', type: 'switch', parameterSets: inSets(['Object', 'File', 'LiteralFile']) },
    { name: 'List', type: 'switch' },
    { name: 'NoEmphasis', type: 'switch' },
    { name: 'Include', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    { name: 'Exclude', type: 'string[]', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    { name: 'NotMatch', type: 'switch' },
    { name: 'AllMatches', type: 'switch' },
    { name: 'Encoding', type: 'object', validation: [{ kind: 'ValidateNotNullOrEmpty' }] },
    {
      name: 'Context',
      type: 'int[]',
      validation: [
        { kind: 'ValidateNotNullOrEmpty' },
        { kind: 'ValidateCount', min: 1, max: 2 },
        { kind: 'ValidateRange', min: 0, max: 2147483647 },
      ],
    },
    { name: 'Culture', type: 'string', validation: [{ kind: 'ValidateNotNull' }] },
  ],
};

/** One compiled pattern: a regex, or (with -SimpleMatch) the literal text. */
interface Matcher {
  readonly pattern: string;
  readonly regex: PSRegex | undefined;
}

interface State {
  readonly matchers: readonly Matcher[];
  readonly encoding: TextEncoding | undefined;
  readonly include: readonly WildcardPattern[] | undefined;
  readonly exclude: readonly WildcardPattern[] | undefined;
  pre: number;
  post: number;
  tracker: ContextTracker;
  recordNumber: number;
  done: boolean;
}

const states = new WeakMap<CommandRuntime, State>();

const flag = (rt: CommandRuntime, name: string): boolean => rt.parameters[name] === true;

function argumentError(message: string, errorId: string, target?: unknown): ErrorRecord {
  return new ErrorRecord({
    message,
    errorId,
    category: 'InvalidArgument',
    exceptionType: 'System.ArgumentException',
    targetObject: target,
    implementingType: commandType,
  });
}

function compile(rt: CommandRuntime): Matcher[] {
  const patterns = rt.parameters['Pattern'] as string[];
  if (flag(rt, 'SimpleMatch')) return patterns.map((pattern) => ({ pattern, regex: undefined }));
  const ignoreCase = !flag(rt, 'CaseSensitive');
  return patterns.map((pattern) => {
    try {
      return { pattern, regex: new PSRegex(pattern, { ignoreCase }) };
    } catch (e) {
      if (!(e instanceof RegexTranslationError)) throw e;
      const reason = dotNet('InvalidRegexPattern', pattern, pattern.length, e.message);
      rt.throwTerminatingError(
        argumentError(`The string ${pattern} is not a valid regular expression: ${reason}`, 'InvalidRegex'),
      );
    }
  });
}

function contextCounts(rt: CommandRuntime): [number, number] {
  const context = rt.parameters['Context'] as number[] | undefined;
  if (!context || context.length === 0) return [0, 0];
  return [context[0] ?? 0, context[1] ?? context[0] ?? 0];
}

function trackerFor(rt: CommandRuntime, state: State): ContextTracker {
  return flag(rt, 'Raw') ? createContextTracker(0, 0) : createContextTracker(state.pre, state.post);
}

/** The index of `needle` in `text` (ordinal; case-insensitive unless -CaseSensitive), or -1. */
function indexOfText(text: string, needle: string, ignoreCase: boolean): number {
  return ignoreCase ? text.toLowerCase().indexOf(needle.toLowerCase()) : text.indexOf(needle);
}

/**
 * Matches one line against the patterns (the first pattern that matches wins); returns a new MatchInfo, the
 * filtered one in filter mode, or undefined.
 */
function doMatch(
  rt: CommandRuntime,
  state: State,
  line: string,
  filtered?: MatchInfo,
): MatchInfo | undefined {
  const notMatch = flag(rt, 'NotMatch');
  const emphasize = !flag(rt, 'NoEmphasis') && !process.env['__SuppressAnsiEscapeSequences'];
  let found = false;
  let patternIndex = 0;
  let matches: RegexMatchResult[] = [];
  const spans: MatchSpan[] = [];
  for (; patternIndex < state.matchers.length; patternIndex++) {
    const m = state.matchers[patternIndex] as Matcher;
    if (!m.regex) {
      const at = indexOfText(line, m.pattern, !flag(rt, 'CaseSensitive'));
      if (at >= 0) {
        spans.push({ index: at, length: m.pattern.length });
        found = true;
      }
    } else if (flag(rt, 'AllMatches') && !notMatch) {
      const all = m.regex.matches(line);
      if (all.length > 0) {
        matches = all.map((r) => new RegexMatchResult(r, m.regex, line));
        found = true;
      }
    } else {
      const first = m.regex.match(line);
      if (first) {
        matches = [new RegexMatchResult(first, m.regex, line)];
        found = true;
      }
    }
    if (found) break;
  }
  if (matches.length > 0) for (const r of matches) spans.push({ index: r.Index, length: r.Length });
  if (notMatch) {
    // Under -NotMatch no pattern matched, so the first one is reported.
    found = !found;
    patternIndex = 0;
  }
  if (!found) return undefined;
  if (filtered) {
    if (!filtered.Context) return filtered;
    const copy = MatchInfo.copyOf(filtered);
    copy.Context!.DisplayPreContext = [];
    copy.Context!.DisplayPostContext = [];
    return copy;
  }
  const result = new MatchInfo(emphasize ? spans : undefined);
  result.IgnoreCase = !flag(rt, 'CaseSensitive');
  result.Line = line;
  result.Pattern = (rt.parameters['Pattern'] as string[])[patternIndex] ?? '';
  if (state.pre > 0 || state.post > 0) result.Context = new MatchInfoContext();
  result.Matches = withElementType(matches, 'System.Text.RegularExpressions.Match');
  return result;
}

/** Writes the matches whose context is complete; true when there were any. */
function flush(rt: CommandRuntime, tracker: ContextTracker): boolean {
  const ready = tracker.ready;
  if (ready.length === 0) return false;
  if (flag(rt, 'Raw')) for (const m of ready) rt.writeObject(m.Line);
  else if (flag(rt, 'Quiet') && !flag(rt, 'List')) rt.writeObject(true);
  else if (flag(rt, 'List')) rt.writeObject(ready[0]);
  else for (const m of ready) rt.writeObject(m);
  ready.length = 0;
  return true;
}

function includedFile(state: State, file: string): boolean {
  if (state.include && !state.include.some((w) => w.isMatch(file))) return false;
  return !state.exclude?.some((w) => w.isMatch(file));
}

/** The lines of a text as StreamReader.ReadLine returns them (\r\n, \n or \r; no empty last line). */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Searches one file; true when something matched. */
function processFile(rt: CommandRuntime, state: State, file: string): boolean {
  if (!includedFile(state, file)) return false;
  let lines: string[];
  try {
    lines = splitLines(decodeText(readFileSync(file), state.encoding));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `Could not find file '${file}'.`
        : code === 'EACCES'
          ? `Access to the path '${file}' is denied.`
          : (err as Error).message;
    rt.writeError(argumentError(`The file ${file} cannot be read: ${reason}`, 'ProcessingFile'));
    return false;
  }
  const tracker = trackerFor(rt, state);
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const result = doMatch(rt, state, line);
    if (result) {
      result.Path = file;
      result.LineNumber = i + 1;
      tracker.trackMatch(result);
    } else tracker.trackLine(line);
    if (tracker.ready.length > 0) {
      found = true;
      // -List and -Quiet want only the first match of a file.
      if (flag(rt, 'Quiet') || flag(rt, 'List')) break;
      flush(rt, tracker);
    }
  }
  tracker.trackEnd();
  if (flush(rt, tracker)) found = true;
  return found;
}

/** A FileInfo piped in (Get-ChildItem | Select-String) is searched as a file. */
function fileInfoPath(rt: CommandRuntime, input: unknown): string | undefined {
  if (!(input instanceof PSObject) || input.typeNames[0] !== 'System.IO.FileInfo') return undefined;
  return toStr(rt.context, getMember(rt.context, input, 'FullName'));
}

function processFiles(
  rt: CommandRuntime,
  state: State,
  files: readonly string[],
  checkDirectories: boolean,
): void {
  for (const file of files) {
    if (checkDirectories && isDirectory(file)) continue;
    if (processFile(rt, state, file) && flag(rt, 'Quiet')) return;
  }
  if (flag(rt, 'Quiet')) rt.writeObject(flag(rt, 'List') ? null : false);
}

function processInput(rt: CommandRuntime, state: State, input: unknown): void {
  state.recordNumber++;
  const filtered = input instanceof MatchInfo ? input : undefined;
  if (filtered && (state.pre > 0 || state.post > 0)) {
    state.pre = 0;
    state.post = 0;
    state.tracker = trackerFor(rt, state);
    rt.writeWarning(
      'The option "Context" is not valid when searching results that are piped from Select-String output.',
    );
  }
  const line = filtered
    ? filtered.Line
    : input === null || input === undefined
      ? ''
      : toStr(rt.context, input);
  const result = doMatch(rt, state, line, filtered);
  if (result) {
    if (!filtered) result.LineNumber = state.recordNumber;
    state.tracker.trackMatch(result);
  } else state.tracker.trackLine(line);
  if (flush(rt, state.tracker) && flag(rt, 'Quiet')) state.done = true;
}

const wildcards = (rt: CommandRuntime, name: string): WildcardPattern[] | undefined =>
  (rt.parameters[name] as string[] | undefined)?.map((p) => new WildcardPattern(p, true));

export const selectString: CmdletImplementation = {
  begin(rt) {
    if ('Culture' in rt.parameters && !('SimpleMatch' in rt.parameters)) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: "Cannot specify '-Culture' parameter without '-SimpleMatch' parameter.",
          errorId: 'CannotSpecifyCultureWithoutSimpleMatch',
          category: 'InvalidData',
          exceptionType: 'System.InvalidOperationException',
          implementingType: commandType,
        }),
      );
    }
    const [pre, post] = contextCounts(rt);
    const state: State = {
      matchers: compile(rt),
      encoding: encodingArgument(rt, commandType),
      include: wildcards(rt, 'Include'),
      exclude: wildcards(rt, 'Exclude'),
      pre,
      post,
      tracker: createContextTracker(0, 0),
      recordNumber: 0,
      done: false,
    };
    state.tracker = trackerFor(rt, state);
    states.set(rt, state);
  },
  process(rt) {
    const state = states.get(rt)!;
    if (state.done) return;
    const literal = rt.parameters['LiteralPath'] as string[] | undefined;
    const paths = literal ?? (rt.parameters['Path'] as string[] | undefined);
    if (paths) {
      const files = paths.flatMap((p) => resolveFilePaths(rt, p, literal !== undefined, commandType));
      processFiles(rt, state, files, true);
      return;
    }
    const input = rt.parameters['InputObject'];
    const file = fileInfoPath(rt, input);
    if (file !== undefined) processFiles(rt, state, [file], false);
    else processInput(rt, state, input);
  },
  end(rt) {
    const state = states.get(rt)!;
    state.tracker.trackEnd();
    if (!state.done) flush(rt, state.tracker);
  },
};
