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
});
