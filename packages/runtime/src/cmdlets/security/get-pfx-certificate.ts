// Get-PfxCertificate: X509Certificate2 objects from PFX/PEM/DER files, through the runspace's [X509Certificate2] type.
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
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

/** A certificate load that failed on the file's content or password (not a bug): what .NET's constructor throws. */
const isCryptoError = (err: unknown): err is Error & { exceptionType: unknown } =>
  err instanceof Error && 'exceptionType' in err;

/** SecurityUtils.PromptForSecureString: "Enter password: " read masked, on a host that can ask. */
function promptForPassword(rt: CommandRuntime): PSSecureString | undefined {
  const host = rt.context.host;
  if (!host.interactive || !host.readLine) return undefined;
  const text = host.readLine('Enter password: ', { secure: true });
  return text === undefined ? undefined : new PSSecureString(text);
}

export const getPfxCertificate: CmdletImplementation = {
  process(rt) {
    const literal = rt.parameterSetName === 'ByLiteralPath';
    const given = (rt.parameters[literal ? 'LiteralPath' : 'FilePath'] as string[] | undefined) ?? [];
    let password = rt.parameters['Password'] ?? undefined;
    const mayPrompt = password === undefined && rt.parameters['NoPromptForPassword'] === undefined;
    const notFound: string[] = [];
    for (const raw of given) {
      const files = filesFor(rt, raw, literal);
      if (files.length === 0) notFound.push(raw);
      for (const file of files) {
        let cert: unknown;
        if (mayPrompt && password === undefined) {
          // As pwsh: try without a password first, and ask for one only when the file needs it.
          try {
            rt.writeObject(load(rt, file, undefined));
            continue;
          } catch (err) {
            if (!isCryptoError(err)) throw err;
            password = promptForPassword(rt);
          }
        }
        try {
          cert = load(rt, file, password);
        } catch (err) {
          if (!isCryptoError(err)) throw err;
          // A host that cannot ask (no console, -NonInteractive) gets the file's own error, not a prompt.
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
