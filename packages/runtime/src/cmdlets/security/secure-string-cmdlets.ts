// ConvertTo-SecureString and ConvertFrom-SecureString: plain text, pwsh's Unix "protected" hex form, and AES keys.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
import {
  SecureStringError,
  decryptV2,
  encryptV2,
  protect,
  unprotect,
  validKeyLength,
} from './secure-string-crypto.js';

const fromType = 'Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand';
const toType = 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand';

const keyParameters = [
  { name: 'SecureKey', type: 'securestring', parameterSets: { Secure: { position: 1 } } },
  { name: 'Key', type: 'byte[]', parameterSets: { Open: {} } },
] as const;

export const convertFromSecureStringMetadata: CommandMetadata = {
  name: 'ConvertFrom-SecureString',
  commandType: 'Cmdlet',
  implementingType: fromType,
  defaultParameterSetName: 'Secure',
  parameters: [
    {
      name: 'SecureString',
      type: 'securestring',
      parameterSets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } },
    },
    ...keyParameters,
    { name: 'AsPlainText', type: 'switch', parameterSets: { AsPlainText: {} } },
  ],
};

export const convertToSecureStringMetadata: CommandMetadata = {
  name: 'ConvertTo-SecureString',
  commandType: 'Cmdlet',
  implementingType: toType,
  defaultParameterSetName: 'Secure',
  parameters: [
    {
      name: 'String',
      type: 'string',
      parameterSets: { __AllParameterSets: { position: 0, mandatory: true, valueFromPipeline: true } },
    },
    ...keyParameters,
    { name: 'AsPlainText', type: 'switch', parameterSets: { PlainText: { position: 1 } } },
    { name: 'Force', type: 'switch', parameterSets: { PlainText: { position: 2 } } },
  ],
};

/** PSTraceSource.NewArgumentException(name): the terminating `Argument` error. */
function argumentError(rt: CommandRuntime, commandType: string, message: string): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message,
      errorId: 'Argument',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.PSArgumentException',
      implementingType: commandType,
    }),
  );
}

const invalidArgument = (name: string): string =>
  `Cannot process argument because the value of argument "${name}" is not valid. Change the value of the "${name}" argument and run the operation again.`;

/** The AES key from -Key (bytes) or -SecureKey (its UTF-16LE bytes); undefined when neither was given. */
function keyOf(rt: CommandRuntime, commandType: string): Uint8Array | undefined {
  const secure = rt.parameters['SecureKey'];
  const bytes = rt.parameters['Key'];
  let key: Uint8Array | undefined;
  if (secure instanceof PSSecureString) key = Buffer.from(secure.revealPlainText(), 'utf16le');
  else if (Array.isArray(bytes)) key = Uint8Array.from(bytes as number[], (b) => Number(b) & 0xff);
  if (key && !validKeyLength(key))
    argumentError(
      rt,
      commandType,
      'The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.',
    );
  return key;
}

export const convertFromSecureString: CmdletImplementation = {
  process(rt) {
    const secure = rt.parameters['SecureString'] as PSSecureString;
    if (secure.length === 0) argumentError(rt, fromType, invalidArgument('SecureString'));
    const key = keyOf(rt, fromType);
    const plain = secure.revealPlainText();
    if (key) rt.writeObject(encryptV2(plain, key));
    else if (rt.parameters['AsPlainText'] === true) rt.writeObject(plain);
    else rt.writeObject(protect(plain));
  },
};

export const convertToSecureString: CmdletImplementation = {
  process(rt) {
    const text = rt.parameters['String'];
    if (text === null || text === undefined || text === '')
      argumentError(
        rt,
        toType,
        text === ''
          ? invalidArgument('String')
          : `Cannot process argument because the value of argument "String" is null. Change the value of argument "String" to a non-null value.`,
      );
    const value = String(text);
    const key = keyOf(rt, toType);
    try {
      let plain: string;
      if (key) plain = decryptV2(value, key);
      else if (rt.parameters['AsPlainText'] === true) plain = value;
      else plain = unprotect(value);
      rt.writeObject(new PSSecureString(plain));
    } catch (err) {
      if (!(err instanceof SecureStringError)) throw err;
      if (err.kind === 'Format') {
        rt.throwTerminatingError(
          new ErrorRecord({
            message: err.message,
            errorId: 'System.FormatException',
            category: 'NotSpecified',
            exceptionType: 'System.FormatException',
            implementingType: toType,
          }),
        );
        return;
      }
      rt.writeError(
        new ErrorRecord({
          message: err.message,
          errorId:
            err.kind === 'Cryptographic'
              ? 'ImportSecureString_InvalidArgument_CryptographicError'
              : 'ImportSecureString_InvalidArgument',
          category: 'InvalidArgument',
          exceptionType:
            err.kind === 'Cryptographic'
              ? 'System.Security.Cryptography.CryptographicException'
              : 'System.Management.Automation.PSArgumentException',
          implementingType: toType,
        }),
      );
    }
  },
};
