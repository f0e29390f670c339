// ConvertTo-Csv, Export-Csv, ConvertFrom-Csv and Import-Csv with pwsh 7's defaults (no type header, UTF-8 without BOM).
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { CommandMetadata, ParameterMetadata } from '@exosh/cmdlet-binding';
import { parse } from 'csv-parse/sync';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { PSObject } from '../../values/ps-object.js';
import { resolveFsPath } from '../management/test-path.js';
import { csvHeader, csvPropertyNames, csvRow, type QuoteKind } from './csv-writer.js';

const writing: ParameterMetadata[] = [
  {
    name: 'InputObject',
    type: 'psobject',
    parameterSets: { __AllParameterSets: { mandatory: true, valueFromPipeline: true } },
  },
  { name: 'Delimiter', type: 'char', parameterSets: { Delimiter: { position: 1 } } },
  { name: 'UseCulture', type: 'switch', parameterSets: { UseCulture: { mandatory: true } } },
  { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'] },
  { name: 'QuoteFields', type: 'string[]', aliases: ['QF'] },
  { name: 'UseQuotes', type: 'QuoteKind', aliases: ['UQ'], enumValues: ['Never', 'Always', 'AsNeeded'] },
  { name: 'NoHeader', type: 'switch' },
];

export const convertToCsvMetadata: CommandMetadata = {
  name: 'ConvertTo-Csv',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToCsvCommand',
  defaultParameterSetName: 'Delimiter',
  parameters: writing.map((p) =>
    p.name === 'InputObject'
      ? {
          ...p,
          parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
        }
      : p,
  ),
};

export const exportCsvMetadata: CommandMetadata = {
  name: 'Export-Csv',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ExportCsvCommand',
  defaultParameterSetName: 'Delimiter',
  supportsShouldProcess: true,
  parameters: [
    ...writing,
    { name: 'Path', type: 'string', parameterSets: { __AllParameterSets: { position: 0 } } },
    { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'] },
    { name: 'Force', type: 'switch' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
    { name: 'Encoding', type: 'string' },
    { name: 'Append', type: 'switch' },
  ],
};

interface WriterState {
  names: string[] | undefined;
  lines: string[];
  file: string | undefined;
  written: boolean;
  /** Export-Csv: the open file and the rows not yet written to it. */
  fd?: number | undefined;
  pending?: string;
}
const writers = new WeakMap<CommandRuntime, WriterState>();

function delimiterOf(rt: CommandRuntime): string {
  const d = rt.parameters['Delimiter'];
  return d === undefined || d === null ? ',' : String(d);
}

function quoteKind(rt: CommandRuntime): QuoteKind {
  return (rt.parameters['UseQuotes'] as QuoteKind | undefined) ?? 'Always';
}

function fileWriteError(rt: CommandRuntime, file: string, err: unknown): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message: `Could not write to '${file}': ${(err as NodeJS.ErrnoException).code === 'EACCES' ? 'Access to the path is denied.' : (err as Error).message.replace(/^\w+: /, '')}`,
      errorId: 'FileOpenFailure',
      category: 'OpenError',
      exceptionType: 'System.IO.IOException',
      targetObject: file,
      implementingType: 'Microsoft.PowerShell.Commands.ExportCsvCommand',
    }),
  );
}

/** One row per object; the header comes from the first object, as pwsh does. */
function writeObject(rt: CommandRuntime, state: WriterState, emit: (line: string) => void): void {
  const value = rt.parameters['InputObject'];
  const d = delimiterOf(rt);
  const kind = quoteKind(rt);
  if (!state.names) {
    state.names = csvPropertyNames(value);
    if (rt.parameters['IncludeTypeInformation'] === true && value instanceof PSObject)
      emit(`#TYPE ${value.typeNames[0] ?? 'System.Object'}`);
    if (rt.parameters['NoHeader'] !== true && !state.written) emit(csvHeader(state.names, kind, d));
  }
  emit(csvRow(rt.context, value, state.names, kind, d));
}

export const convertToCsv: CmdletImplementation = {
  begin: (rt) => void writers.set(rt, { names: undefined, lines: [], file: undefined, written: false }),
  process: (rt) => writeObject(rt, writers.get(rt)!, (line) => rt.writeObject(line)),
};

export const exportCsv: CmdletImplementation = {
  begin(rt) {
    const file = resolveFsPath(
      rt.context.currentLocation,
      (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as string,
    );
    const append = rt.parameters['Append'] === true;
    const state: WriterState = { names: undefined, lines: [], file, written: false };
    if (append && existsSync(file)) {
      // Appending keeps the existing header's columns, in its order.
      const first = readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
      const header = (parse(first, { delimiter: delimiterOf(rt), relax_quotes: true }) as string[][])[0];
      if (header && header.length) state.names = header;
      state.written = true;
    } else if (rt.parameters['NoClobber'] === true && existsSync(file)) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: `The file '${file}' already exists.`,
          errorId: 'NoClobber',
          category: 'ResourceExists',
          exceptionType: 'System.IO.IOException',
          targetObject: file,
          implementingType: 'Microsoft.PowerShell.Commands.ExportCsvCommand',
        }),
      );
    }
    try {
      state.fd = openSync(file, state.written ? 'a' : 'w');
    } catch (err) {
      fileWriteError(rt, file, err);
    }
    state.pending = '';
    writers.set(rt, state);
  },
  process(rt) {
    const state = writers.get(rt)!;
    writeObject(rt, state, (line) => (state.pending += `${line}\n`));
    // Rows go to the file in blocks as they come: memory stays flat for long pipelines.
    if ((state.pending as string).length >= flushAt) flushRows(rt, state);
  },
  end: (rt) => flushRows(rt, writers.get(rt)!),
  clean(rt) {
    const state = writers.get(rt);
    if (state?.fd === undefined) return;
    const fd = state.fd;
    try {
      flushRows(rt, state);
    } finally {
      state.fd = undefined;
      closeSync(fd);
    }
  },
};

/** Characters of rows Export-Csv holds before writing them. */
const flushAt = 64 * 1024;

function flushRows(rt: CommandRuntime, state: WriterState): void {
  if (state.fd === undefined || !state.pending) return;
  const rows = state.pending;
  state.pending = '';
  try {
    writeSync(state.fd, rows);
  } catch (err) {
    fileWriteError(rt, state.file as string, err);
  }
}

const reading: ParameterMetadata[] = [
  { name: 'Delimiter', type: 'char', parameterSets: { Delimiter: { position: 1 } } },
  { name: 'UseCulture', type: 'switch', parameterSets: { UseCulture: { mandatory: true } } },
  { name: 'Header', type: 'string[]' },
];

export const convertFromCsvMetadata: CommandMetadata = {
  name: 'ConvertFrom-Csv',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromCsvCommand',
  defaultParameterSetName: 'Delimiter',
  parameters: [
    {
      name: 'InputObject',
      type: 'psobject[]',
      parameterSets: { __AllParameterSets: { mandatory: true, position: 0, valueFromPipeline: true } },
    },
    ...reading,
  ],
};

export const importCsvMetadata: CommandMetadata = {
  name: 'Import-Csv',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ImportCsvCommand',
  defaultParameterSetName: 'Delimiter',
  parameters: [
    {
      name: 'Path',
      type: 'string[]',
      parameterSets: { __AllParameterSets: { position: 0, valueFromPipeline: true } },
    },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'] },
    { name: 'Encoding', type: 'string' },
    ...reading,
  ],
};

/** Rows as PSCustomObjects with string values; short rows get $null, extra fields are dropped. */
function emitRows(rt: CommandRuntime, text: string, header: readonly string[] | undefined): void {
  const rows = parse(text, {
    delimiter: delimiterOf(rt),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
  const names = header ?? rows.shift() ?? [];
  for (const row of rows) {
    rt.writeObject(
      PSObject.fromEntries(
        names.map((n, i) => [n === '' ? `H${i + 1}` : n, i < row.length ? row[i] : null] as const),
      ),
    );
  }
}

export const convertFromCsv: CmdletImplementation = {
  begin: (rt) => void writers.set(rt, { names: undefined, lines: [], file: undefined, written: false }),
  process(rt) {
    for (const v of rt.parameters['InputObject'] as unknown[]) writers.get(rt)!.lines.push(String(v));
  },
  end(rt) {
    emitRows(rt, writers.get(rt)!.lines.join('\n'), rt.parameters['Header'] as string[] | undefined);
  },
};

export const importCsv: CmdletImplementation = {
  process(rt) {
    for (const p of (rt.parameters['Path'] ?? rt.parameters['LiteralPath']) as string[]) {
      const file = resolveFsPath(rt.context.currentLocation, p);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        rt.writeError(
          new ErrorRecord({
            message: `Could not find file '${file}'.`,
            errorId: 'FileOpenFailure',
            category: 'OpenError',
            exceptionType: 'System.IO.FileNotFoundException',
            targetObject: file,
            implementingType: 'Microsoft.PowerShell.Commands.ImportCsvCommand',
          }),
        );
        continue;
      }
      try {
        emitRows(rt, text, rt.parameters['Header'] as string[] | undefined);
      } catch (err) {
        rt.writeError(
          new ErrorRecord({
            message: `The CSV in '${file}' could not be read: ${(err as Error).message}`,
            errorId: 'CsvReadFailure',
            category: 'InvalidData',
            targetObject: file,
            implementingType: 'Microsoft.PowerShell.Commands.ImportCsvCommand',
          }),
        );
      }
    }
  },
};
