// Get-Credential: the console host's credential prompt (caption, message, "User: ", "Password for user X: ").
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation, CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import { PSObject } from '../../values/ps-object.js';
import { PSSecureString } from '../../values/ps-secure-string.js';
import { PSCredential } from './ps-credential.js';

const implementingType = 'Microsoft.PowerShell.Commands.GetCredentialCommand';
const notNullOrEmpty = [{ kind: 'ValidateNotNullOrEmpty' as const }];

export const getCredentialMetadata: CommandMetadata = {
  name: 'Get-Credential',
  commandType: 'Cmdlet',
  implementingType,
  defaultParameterSetName: 'CredentialSet',
  parameters: [
    // [Credential()] lets a user name stand for a credential still to be asked for, so it takes any value here.
    {
      name: 'Credential',
      type: 'object',
      parameterSets: { CredentialSet: { position: 0 } },
      validation: [{ kind: 'ValidateNotNull' }],
    },
    { name: 'Message', type: 'string', parameterSets: { MessageSet: {} }, validation: notNullOrEmpty },
    {
      name: 'UserName',
      type: 'string',
      parameterSets: { MessageSet: { position: 0 } },
      validation: notNullOrEmpty,
    },
    { name: 'Title', type: 'string', parameterSets: { MessageSet: {} }, validation: notNullOrEmpty },
  ],
};

function nonInteractive(rt: CommandRuntime): never {
  rt.throwTerminatingError(
    new ErrorRecord({
      message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
      errorId: 'System.InvalidOperationException',
      category: 'InvalidOperation',
      exceptionType: 'System.Management.Automation.PSInvalidOperationException',
      implementingType,
    }),
  );
}

/** ConsoleHostUserInterface.PromptForCredential: undefined when input ends. */
function prompt(
  rt: CommandRuntime,
  caption: string,
  message: string,
  userName: string | undefined,
): PSCredential | undefined {
  const host = rt.context.host;
  const readLine = host.readLine?.bind(host);
  if (!host.interactive || !readLine) nonInteractive(rt);
  if (caption) {
    rt.writeHost('');
    rt.writeHost(caption);
  }
  if (message) rt.writeHost(message);
  let user = userName;
  while (!user) {
    const line = readLine('User: ');
    if (line === undefined) return undefined;
    user = line;
  }
  const password = readLine(`Password for user ${user}: `, { secure: true });
  if (password === undefined) return undefined;
  return new PSCredential(user, new PSSecureString(password));
}

export const getCredential: CmdletImplementation = {
  begin(rt) {
    const given = rt.parameters['Credential'];
    const value = given instanceof PSObject && !given.isCustomObject ? given.baseObject : given;
    if (value instanceof PSCredential) {
      rt.writeObject(value);
      return;
    }
    const userName = value !== undefined ? String(value) : (rt.parameters['UserName'] as string | undefined);
    const credential = prompt(
      rt,
      (rt.parameters['Title'] as string | undefined) ?? 'PowerShell credential request',
      (rt.parameters['Message'] as string | undefined) ?? 'Enter your credentials.',
      userName,
    );
    if (credential) rt.writeObject(credential);
  },
};
