import { describe, expect, it } from 'vitest';
import { ErrorRecord } from '../src/index.js';

describe('ErrorRecord', () => {
  it('builds the FullyQualifiedErrorId and CategoryInfo as PowerShell does', () => {
    const e = new ErrorRecord({
      message: "A parameter cannot be found that matches parameter name 'Foo'.",
      errorId: 'NamedParameterNotFound',
      category: 'InvalidArgument',
      exceptionType: 'System.Management.Automation.ParameterBindingException',
      commandName: 'Get-ConnectionInformation',
    });
    expect(e.fullyQualifiedErrorId).toBe('NamedParameterNotFound,Get-ConnectionInformation');
    expect(e.categoryInfoText()).toBe(
      'InvalidArgument: (:) [Get-ConnectionInformation], ParameterBindingException',
    );
  });

  it('ends a cmdlet-written id in its implementing class and leaves the activity to the command', () => {
    const e = new ErrorRecord({
      message: "Cannot find path 'C:\\nope' because it does not exist.",
      errorId: 'PathNotFound',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.ItemNotFoundException',
      targetObject: 'C:\\nope',
      implementingType: 'Microsoft.PowerShell.Commands.GetItemCommand',
    });
    expect(e.fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
    expect(e.categoryInfo.activity).toBeUndefined();
    expect(e.invocationInfo.commandName).toBeUndefined();
    // Where the error surfaces the engine names the command that wrote it.
    e.setPosition({ line: 1, column: 1, lineText: 'Get-Item C:\\nope' }, 'Get-Item');
    expect(e.categoryInfo.activity).toBe('Get-Item');
    expect(e.invocationInfo.commandName).toBe('Get-Item');
    expect(e.fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
  });

  it.each(['My.Tool', 'Contoso.Tools.DeployCommand'])(
    'takes a dotted command name (%s) for a command, not for a cmdlet class',
    (name) => {
      const e = new ErrorRecord({
        message: 'boom',
        // What `$PSCmdlet.ThrowTerminatingError()` raises from an advanced function of that name.
        errorId: 'DeployFailed',
        category: 'NotSpecified',
        exceptionType: 'System.Exception',
        commandName: name,
      });
      expect(e.fullyQualifiedErrorId).toBe(`DeployFailed,${name}`);
      expect(e.categoryInfo.activity).toBe(name);
      expect(e.invocationInfo.commandName).toBe(name);
      // The engine does not replace the command it already knows.
      e.setPosition({ line: 1, column: 1, lineText: name }, 'Invoke-Something');
      expect(e.invocationInfo.commandName).toBe(name);
      expect(e.categoryInfoText()).toBe(`NotSpecified: (:) [${name}], Exception`);
    },
  );
});
