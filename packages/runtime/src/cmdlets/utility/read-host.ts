// Read-Host: one line from the user (a SecureString with -AsSecureString); a clear error with no interactive host.
import type { CommandMetadata } from '@exosh/cmdlet-binding';
import { ErrorRecord } from '../../errors/error-record.js';
import type { CmdletImplementation } from '../../engine/commands/cmdlet-implementation.js';
import { toStr } from '../../engine/semantics/index.js';
import { PSSecureString } from '../../values/ps-secure-string.js';

export const readHostMetadata: CommandMetadata = {
  name: 'Read-Host',
  commandType: 'Cmdlet',
  implementingType: 'Microsoft.PowerShell.Commands.ReadHostCommand',
  defaultParameterSetName: 'AsString',
  parameters: [
    {
      name: 'Prompt',
      type: 'object',
      parameterSets: { __AllParameterSets: { position: 0, valueFromRemainingArguments: true } },
      allowNull: true,
    },
    { name: 'AsSecureString', type: 'switch', parameterSets: { AsSecureString: {} } },
    { name: 'MaskInput', type: 'switch', parameterSets: { AsString: {} } },
  ],
};

export const readHost: CmdletImplementation = {
  end(rt) {
    const host = rt.context.host;
    const readLine = host.readLine?.bind(host);
    if (!host.interactive || !readLine) {
      rt.throwTerminatingError(
        new ErrorRecord({
          message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
          errorId: 'System.InvalidOperationException',
          category: 'InvalidOperation',
          exceptionType: 'System.Management.Automation.PSInvalidOperationException',
          implementingType: 'Microsoft.PowerShell.Commands.ReadHostCommand',
        }),
      );
      return;
    }
    const prompt = rt.parameters['Prompt'];
    const text = prompt === undefined || prompt === null ? '' : `${toStr(rt.context, prompt)}: `;
    const secure = rt.parameters['AsSecureString'] === true;
    const line = readLine(text, { secure: secure || rt.parameters['MaskInput'] === true }) ?? '';
    rt.writeObject(secure ? new PSSecureString(line) : line);
  },
};
