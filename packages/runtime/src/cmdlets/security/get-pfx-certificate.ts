// Get-PfxCertificate: X509Certificate2 objects from PFX/PEM/DER files, through the runspace's [X509Certificate2] type.
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { matchesWildcard } from '../../engine/semantics/index.js';
import { containsWildcardCharacters } from '../../text/index.js';
import { resolveFsPath } from '../management/test-path.js';

const implementingType = 'Microsoft.PowerShell.Commands.GetPfxCertificateCommand';
const x509Certificate2 = 'System.Security.Cryptography.X509Certificates.X509Certificate2';

export const getPfxCertificateMetadata: CommandMetadata = {
  name: 'Get-PfxCertificate',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'ByPath',
  parameters: [
    {
      name: 'FilePath',
      type: 'string[]',
      parameterSets: {
        ByPath: {
          mandatory: true,
          position: 0,
          valueFromPipeline: true,
          valueFromPipelineByPropertyName: true,
        },
      },
    },
    {
      name: 'LiteralPath',
      type: 'string[]',
      aliases: ['PSPath', 'LP'],
      parameterSets: { ByLiteralPath: { mandatory: true, valueFromPipelineByPropertyName: true } },
    },
    { name: 'Password', type: 'securestring' },
    { name: 'NoPromptForPassword', type: 'switch' },
  ],
};

const isFile = (file: string): boolean => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** The files a path names (wildcards in the leaf expanded); none when nothing matches or it is not a file. */
function filesFor(rt: CommandRuntime, raw: string, literal: boolean): string[] {
  const full = resolveFsPath(rt.context.currentLocation, raw);
  const leaf = path.basename(full);
  if (literal || !containsWildcardCharacters(leaf)) return isFile(full) ? [full] : [];
  const dir = path.dirname(full);
  try {
    return readdirSync(dir)
      .filter((name) => matchesWildcard(name, leaf))
      .sort()
      .map((name) => path.join(dir, name))
      .filter(isFile);
  } catch {
    return [];
  }
}

/** SecurityUtils.CreateFileNotFoundErrorRecord. */
function fileNotFound(message: string, errorId: string): ErrorRecord {
  return new ErrorRecord({
    message,
    errorId,
    category: 'ObjectNotFound',
    exceptionType: 'System.IO.FileNotFoundException',
    implementingType,
  });
}

/** `new X509Certificate2(path, password)`; the type comes from the runspace (the Exchange module registers it). */
function load(rt: CommandRuntime, file: string, password: unknown): unknown {
  const type = rt.context.types.tryResolve(x509Certificate2);
  const arity = password === undefined ? 1 : 2;
  const ctor = type?.constructors?.overloads.find(
    (o) =>
      o.parameters.length === arity &&
      o.parameters[0]?.type === 'string' &&
      (arity === 1 || o.parameters[1]?.type === 'securestring'),
  );
  if (!ctor)
    rt.throwTerminatingError(
      new ErrorRecord({
        message: `Unable to find type [${x509Certificate2}].`,
        errorId: 'TypeNotFound',
        category: 'InvalidOperation',
        exceptionType: 'System.Management.Automation.RuntimeException',
        implementingType,
      }),
    );
  return ctor.invoke(null, arity === 1 ? [file] : [file, password]);
}

export const getPfxCertificate: CmdletImplementation = {
  process(rt) {
    const literal = rt.parameterSetName === 'ByLiteralPath';
    const given = (rt.parameters[literal ? 'LiteralPath' : 'FilePath'] as string[] | undefined) ?? [];
    const password = rt.parameters['Password'] ?? undefined;
    const notFound: string[] = [];
    for (const raw of given) {
      const files = filesFor(rt, raw, literal);
      if (files.length === 0) notFound.push(raw);
      for (const file of files) {
        let cert: unknown;
        try {
          cert = load(rt, file, password);
        } catch (err) {
          if (!(err instanceof Error) || !('exceptionType' in err)) throw err;
          // pwsh would prompt for a password here (interactive hosts); exosh reports what the file said.
          rt.writeError(
            new ErrorRecord({
              message: err.message,
              errorId: 'GetPfxCertificateUnknownCryptoError',
              category: 'NotSpecified',
              exceptionType: String(err.exceptionType),
              implementingType,
            }),
          );
          continue;
        }
        rt.writeObject(cert);
      }
    }
    if (notFound.length === 0) return;
    if (notFound.length === given.length)
      rt.throwTerminatingError(
        fileNotFound(
          'Command cannot find any of the specified files.',
          'GetPfxCertCommandNoneOfTheFilesFound',
        ),
      );
    for (const f of notFound)
      rt.writeError(
        fileNotFound(`The following file could not be found: ${f}.`, 'GetPfxCertCommandFileNotFound'),
      );
  },
};
