// Tee-Object: passes each object on and also saves them, as Out-File text in a file or as a variable's value.
import { appendFileSync, writeFileSync } from 'node:fs';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { formatEnumerationLimit, formatOutput } from '../../format/index.js';
import { Encodings, type TextEncoding } from '../../types/index.js';
import { resolveFsPath } from '../management/test-path.js';
import { encodeText, encodingArgument } from '../utility/select-string/file-encoding.js';
import { inputObjectParameter } from '../input-object-parameter.js';

const commandType = 'Microsoft.PowerShell.Commands.TeeObjectCommand';

export const teeObjectMetadata: CommandMetadata = {
  name: 'Tee-Object',
  commandType: 'Cmdlet',
  implementingType: commandType,
  defaultParameterSetName: 'File',
  parameters: [
    inputObjectParameter,
    {
      name: 'FilePath',
      type: 'string',
      aliases: ['Path'],
      parameterSets: { File: { mandatory: true, position: 0 } },
    },
    {
      name: 'LiteralPath',
      type: 'string',
      aliases: ['PSPath', 'LP'],
      parameterSets: { LiteralFile: { mandatory: true } },
    },
    { name: 'Append', type: 'switch', parameterSets: { File: {} } },
    {
      name: 'Encoding',
      type: 'object',
      parameterSets: { File: {}, LiteralFile: {} },
      validation: [{ kind: 'ValidateNotNullOrEmpty' }],
    },
    { name: 'Variable', type: 'string', parameterSets: { Variable: { mandatory: true } } },
  ],
};

const buffers = new WeakMap<CommandRuntime, unknown[]>();

interface FileTarget {
  readonly file: string;
  readonly encoding: TextEncoding;
}

const targets = new WeakMap<CommandRuntime, FileTarget>();

/** Opens the file as Out-File does (created or truncated, with the encoding's BOM; -Append keeps it). */
function openFile(rt: CommandRuntime): FileTarget {
  const raw = (rt.parameters['FilePath'] ?? rt.parameters['LiteralPath']) as string;
  const file = resolveFsPath(rt.context.currentLocation, raw);
  const encoding = encodingArgument(rt, commandType) ?? Encodings.utf8NoBom;
  try {
    if (rt.parameters['Append'] === true) appendFileSync(file, '');
    else writeFileSync(file, encodeText('', encoding, true));
  } catch (err) {
    // Out-File's PathUtils.ReportFileOpenFailure: the .NET exception's message, FileOpenFailure.
    const code = (err as NodeJS.ErrnoException).code;
    rt.throwTerminatingError(
      new ErrorRecord({
        message:
          code === 'ENOENT'
            ? `Could not find a part of the path '${file}'.`
            : code === 'EACCES' || code === 'EISDIR'
              ? `Access to the path '${file}' is denied.`
              : (err as Error).message,
        errorId: 'FileOpenFailure',
        category: 'OpenError',
        exceptionType:
          code === 'ENOENT'
            ? 'System.IO.DirectoryNotFoundException'
            : code === 'EACCES' || code === 'EISDIR'
              ? 'System.UnauthorizedAccessException'
              : 'System.IO.IOException',
        targetObject: file,
        implementingType: 'Microsoft.PowerShell.Commands.OutFileCommand',
      }),
    );
  }
  return { file, encoding };
}

export const teeObject: CmdletImplementation = {
  begin(rt) {
    buffers.set(rt, []);
    // An unknown -Encoding or a file that cannot be opened stops the command before any input passes.
    if (rt.parameterSetName !== 'Variable') targets.set(rt, openFile(rt));
  },
  process(rt) {
    if (!rt.hasPipelineInput && !('InputObject' in rt.parameters)) return;
    const input = rt.parameters['InputObject'] ?? null;
    buffers.get(rt)!.push(input);
    rt.writeObject(input);
  },
  end(rt) {
    const values = buffers.get(rt)!;
    if (rt.parameterSetName === 'Variable') {
      // Set-Variable's pipeline rule: one value as itself, several as an array.
      const value = values.length === 0 ? null : values.length === 1 ? values[0] : [...values];
      rt.context.sessionState.set(rt.parameters['Variable'] as string, value);
      return;
    }
    const target = targets.get(rt)!;
    // Out-File's text: what the console would show, at the host's width.
    const text = formatOutput(values, {
      width: rt.context.host.width ?? 120,
      views: rt.context.formatViews,
      enumerationLimit: formatEnumerationLimit(rt.context),
    });
    appendFileSync(target.file, encodeText(text, target.encoding, false));
  },
};
