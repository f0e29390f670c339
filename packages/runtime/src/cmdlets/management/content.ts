// Get-Content, Set-Content, Add-Content, Out-File: text files in UTF-8 (no BOM), lines as strings.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { formatEnumerationLimit, formatOutput } from '../../format/index.js';
import { resolveFsPath } from './test-path.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const pathParam = {
  name: 'Path',
  type: 'string[]',
  parameterSets: {
    __AllParameterSets: { mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
  },
};

function ioError(
  rt: CommandRuntime,
  file: string,
  err: unknown,
  reading: boolean,
  implementingType: string,
): ErrorRecord {
  const code = (err as NodeJS.ErrnoException).code;
  const notFound = code === 'ENOENT';
  return new ErrorRecord({
    message:
      notFound && reading
        ? `Cannot find path '${file}' because it does not exist.`
        : code === 'EACCES'
          ? `Access to the path '${file}' is denied.`
          : `Could not ${reading ? 'read' : 'write'} '${file}': ${(err as Error).message.replace(/^\w+: /, '')}`,
    errorId: notFound && reading ? 'PathNotFound' : code === 'EACCES' ? 'UnauthorizedAccessError' : 'IOError',
    category:
      notFound && reading
        ? 'ObjectNotFound'
        : code === 'EACCES'
          ? 'PermissionDenied'
          : reading
            ? 'ReadError'
            : 'WriteError',
    exceptionType:
      notFound && reading ? 'System.Management.Automation.ItemNotFoundException' : 'System.IO.IOException',
    targetObject: file,
    implementingType,
  });
}

export const getContentMetadata: CommandMetadata = {
  name: 'Get-Content',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.GetContentCommand',
  parameters: [
    { ...pathParam, aliases: ['PSPath'] },
    { name: 'Raw', type: 'switch' },
    { name: 'TotalCount', type: 'long', aliases: ['First', 'Head'] },
    { name: 'Tail', type: 'int', aliases: ['Last'] },
    { name: 'Encoding', type: 'string' },
  ],
};

export const getContent: CmdletImplementation = {
  process(rt) {
    for (const p of rt.parameters['Path'] as string[]) {
      const file = resolveFsPath(rt.context.currentLocation, p);
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        rt.writeError(ioError(rt, file, err, true, 'Microsoft.PowerShell.Commands.GetContentCommand'));
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (rt.parameters['Raw'] === true) {
        rt.writeObject(text);
        continue;
      }
      let lines = text.split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      if (rt.parameters['TotalCount'] !== undefined)
        lines = lines.slice(0, Number(rt.parameters['TotalCount']));
      if (rt.parameters['Tail'] !== undefined) lines = lines.slice(-Number(rt.parameters['Tail']));
      for (const line of lines) rt.writeObject(line);
    }
  },
};

function writerMetadata(name: string, type: string, extra: CommandMetadata['parameters']): CommandMetadata {
  return {
    name,
    commandType: 'Cmdlet',
    implementingType: `Microsoft.PowerShell.Commands.${type}`,
    supportsShouldProcess: true,
    parameters: [
      ...extra,
      { name: 'Encoding', type: 'string' },
      { name: 'NoNewline', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'PassThru', type: 'switch' },
    ],
  };
}

export const setContentMetadata = writerMetadata('Set-Content', 'SetContentCommand', [
  pathParam,
  {
    name: 'Value',
    type: 'object[]',
    parameterSets: {
      __AllParameterSets: {
        mandatory: true,
        position: 1,
        valueFromPipeline: true,
        valueFromPipelineByPropertyName: true,
      },
    },
    allowNull: true,
    allowEmptyCollection: true,
  },
]);
export const addContentMetadata = writerMetadata(
  'Add-Content',
  'AddContentCommand',
  setContentMetadata.parameters.slice(0, 2),
);

export const outFileMetadata = writerMetadata('Out-File', 'OutFileCommand', [
  {
    name: 'FilePath',
    type: 'string',
    aliases: ['Path'],
    parameterSets: { __AllParameterSets: { mandatory: true, position: 0 } },
  },
  inputObjectParameter,
  { name: 'Append', type: 'switch' },
  { name: 'Width', type: 'int' },
  { name: 'NoClobber', type: 'switch' },
]);

interface WriterState {
  files: string[];
  values: unknown[];
}
const states = new WeakMap<CommandRuntime, WriterState>();

function contentWriter(append: boolean, command: string): CmdletImplementation {
  return {
    begin(rt) {
      states.set(rt, {
        files: (rt.parameters['Path'] as string[]).map((p) => resolveFsPath(rt.context.currentLocation, p)),
        values: [],
      });
    },
    process(rt) {
      for (const v of (rt.parameters['Value'] as unknown[] | null) ?? []) states.get(rt)!.values.push(v);
    },
    end(rt) {
      const s = states.get(rt)!;
      const newline = rt.parameters['NoNewline'] === true ? '' : '\n';
      const text = s.values.map((v) => toStr(rt.context, v) + newline).join('');
      for (const file of s.files) {
        if (!rt.shouldProcess(file, command === 'Set-Content' ? 'Set Content' : 'Add Content')) continue;
        try {
          if (append) appendFileSync(file, text);
          else writeFileSync(file, text);
        } catch (err) {
          rt.writeError(
            ioError(rt, file, err, false, `Microsoft.PowerShell.Commands.${command.replace('-', '')}Command`),
          );
        }
      }
      if (rt.parameters['PassThru'] === true) for (const v of s.values) rt.writeObject(v);
    },
  };
}

export const setContent = contentWriter(false, 'Set-Content');
export const addContent = contentWriter(true, 'Add-Content');

/** Out-File writes what the console would show (formatted text), as pwsh does. */
export const outFile: CmdletImplementation = {
  begin: (rt) => void states.set(rt, { files: [], values: [] }),
  process(rt) {
    if (rt.hasPipelineInput) states.get(rt)!.values.push(rt.parameters['InputObject']);
  },
  end(rt) {
    const file = resolveFsPath(rt.context.currentLocation, rt.parameters['FilePath'] as string);
    const width = (rt.parameters['Width'] as number | undefined) ?? rt.context.host.width ?? 120;
    const text = formatOutput(states.get(rt)!.values, {
      width,
      views: rt.context.formatViews,
      enumerationLimit: formatEnumerationLimit(rt.context),
    });
    try {
      if (rt.parameters['Append'] === true) appendFileSync(file, text);
      else writeFileSync(file, text);
    } catch (err) {
      rt.writeError(ioError(rt, file, err, false, 'Microsoft.PowerShell.Commands.OutFileCommand'));
    }
  },
};
