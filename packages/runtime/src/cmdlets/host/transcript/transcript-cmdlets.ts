// Start-Transcript / Stop-Transcript: pwsh's file rules and messages; the host tees its text into the transcription.
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from '../../../host/random-bytes.js';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../../engine/commands/cmdlet-implementation.js';
import { PSObject } from '../../../values/ps-object.js';
import { resolveFsPath } from '../../management/test-path.js';
import { transcriptionOf } from '../../../host/transcript/transcription.js';
import { machineName, transcriptTimestamp } from '../../../host/transcript/transcript-header.js';

const startType = 'Microsoft.PowerShell.Commands.StartTranscriptCommand';
const stopType = 'Microsoft.PowerShell.Commands.StopTranscriptCommand';
const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' as const }];

export const startTranscriptMetadata: CommandMetadata = {
  name: 'Start-Transcript',
  commandType: 'Cmdlet',
  implementingType: startType,
  defaultParameterSetName: 'ByPath',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'string', parameterSets: { ByPath: { position: 0 } }, validation: notNullOrEmpty },
    {
      name: 'LiteralPath',
      type: 'string',
      aliases: ['PSPath', 'LP'],
      parameterSets: { ByLiteralPath: { position: 0 } },
      validation: notNullOrEmpty,
    },
    {
      name: 'OutputDirectory',
      type: 'string',
      parameterSets: { ByOutputDirectory: { position: 0 } },
      validation: notNullOrEmpty,
    },
    { name: 'Append', type: 'switch' },
    { name: 'Force', type: 'switch' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
    { name: 'IncludeInvocationHeader', type: 'switch' },
    { name: 'UseMinimalHeader', type: 'switch' },
  ],
};

export const stopTranscriptMetadata: CommandMetadata = {
  name: 'Stop-Transcript',
  commandType: 'Cmdlet',
  implementingType: stopType,
  supportsShouldProcess: true,
  confirmImpact: 'None',
  parameters: [],
};

/** PSHostUserInterface.GetTranscriptPath: `PowerShell_transcript.<machine>.<random>.<time>.txt` under Documents ($HOME off Windows). */
function defaultTranscriptPath(baseDirectory?: string): string {
  const documents = process.platform === 'win32' ? path.join(os.homedir(), 'Documents') : os.homedir();
  const base = baseDirectory ? path.resolve(documents, baseDirectory) : documents;
  const random = randomBytes(6).toString('base64').replace(/\//g, '_');
  return path.join(
    base,
    `PowerShell_transcript.${machineName()}.${random}.${transcriptTimestamp(new Date())}.txt`,
  );
}

/** The string output pwsh writes, with its Path note property. */
function message(text: string, file: string): PSObject {
  const o = PSObject.wrap(text, ['System.String', 'System.Object']);
  o.setNote('Path', file);
  return o;
}

function fail(
  rt: CommandRuntime,
  errorId: string,
  text: string,
  category: 'InvalidOperation' | 'ResourceExists' | 'InvalidArgument',
  exceptionType: string,
  target?: string,
): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message: text,
      errorId,
      category,
      exceptionType,
      ...(target !== undefined ? { targetObject: target } : {}),
      implementingType: startType,
    }),
  );
}

const cannotStart = (rt: CommandRuntime, reason: string): never =>
  fail(
    rt,
    'CannotStartTranscription',
    `Transcription cannot be started due to the error: ${reason}`,
    'InvalidOperation',
    'System.Management.Automation.PSInvalidOperationException',
  );

export const startTranscript: CmdletImplementation = {
  begin(rt) {
    const p = rt.parameters;
    let given = (p['Path'] ?? p['LiteralPath']) as string | undefined;
    if (given === undefined) {
      const preference = rt.context.sessionState.lookup('TRANSCRIPT', 'global');
      const value = preference?.value;
      if (value !== null && value !== undefined)
        given = String(value instanceof PSObject ? value.baseObject : value);
      else given = defaultTranscriptPath(p['OutputDirectory'] as string | undefined);
    }
    const file = resolveFsPath(rt.context.currentLocation, given);
    if (!rt.shouldProcess(file)) return;
    if (existsSync(file) && !statSync(file).isDirectory()) {
      if (p['NoClobber'] === true && p['Append'] !== true)
        fail(
          rt,
          'NoClobber',
          `File ${file} already exists and NoClobber was specified.`,
          'ResourceExists',
          'System.UnauthorizedAccessException',
          file,
        );
      if (!writable(file)) {
        if (p['Force'] === true) chmodSync(file, statSync(file).mode | 0o200);
        else
          fail(
            rt,
            'FileReadOnly',
            `File ${file} is read-only. Cannot write to this file. "Start-Transcript -Force" will clear the read-only attribute.`,
            'InvalidArgument',
            'System.ArgumentException',
            file,
          );
      }
      if (p['Append'] !== true) writeFileSync(file, '');
    }
    try {
      if (existsSync(file) && statSync(file).isDirectory())
        throw new Error(`File path ${file} resolves to a directory.`);
      mkdirSync(path.dirname(file), { recursive: true });
      transcriptionOf(rt.context).start(file, {
        includeInvocationHeader: p['IncludeInvocationHeader'] === true,
        useMinimalHeader: p['UseMinimalHeader'] === true,
        versionTable: rt.context.sessionState.lookup('PSVersionTable', 'global')?.value,
      });
    } catch (err) {
      cannotStart(rt, fsReason(err));
    }
    rt.writeObject(message(`Transcript started, output file is ${given}`, given));
  },
};

function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Node file-system error as .NET words it (the parts users see most). */
function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'EACCES' || e.code === 'EPERM') return `Access to the path '${e.path ?? ''}' is denied.`;
  if (e.code === 'ENOTDIR') return `Could not find a part of the path '${e.path ?? ''}'.`;
  return e.message;
}

export const stopTranscript: CmdletImplementation = {
  begin(rt) {
    if (!rt.shouldProcess('')) return;
    const file = transcriptionOf(rt.context).stop();
    if (file === undefined) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: 'An error occurred stopping transcription: The host is not currently transcribing.',
          errorId: 'InvalidOperation',
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
          implementingType: stopType,
        }),
      );
      return;
    }
    rt.writeObject(message(`Transcript stopped, output file is ${file}`, file));
  },
};
