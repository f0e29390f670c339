// `#requires` lines PowerShell 7.4 rejects at parse time (tokenizer.cs GetScriptRequirements / HandleRequiresParameter).
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

function errorsOf(source: string): [string, string][] {
  return parse(source).errors.map((e) => [e.errorId, e.extent.text]);
}

describe('#requires errors', () => {
  it('accepts the forms admin scripts use', () => {
    const ok = [
      '#requires -Version 5.1\n1',
      '#Requires -Version 7\n#requires -Version 7.0\n1',
      '#requires -Version 7.4.1\n1',
      '#requires -Modules ExchangeOnlineManagement, @{ ModuleName = "Az.Accounts"; ModuleVersion = "2.0" }\n1',
      '#requires -PSEdition Core, Desktop\n1',
      '#requires -RunAsAdministrator\n1',
      '#requires -Assembly System.Web, "System.Drawing"\n1',
      '#requires -ShellId Microsoft.PowerShell\n1',
      '#requires -Ver 7 -Mod Az -PSE Core\n1',
      '#requires -PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -Version 1.0\n1',
    ];
    for (const source of ok) expect(errorsOf(source), source).toEqual([]);
  });

  it('wants an argument, except for -RunAsAdministrator', () => {
    expect(errorsOf('#requires -Version\n1')).toEqual([['ParameterRequiresArgument', '-Version']]);
    expect(parse('#requires -Modules').errors[0]?.message).toBe('Parameter Modules requires an argument.');
    expect(errorsOf('#requires -RunAsAdministrator:$true')).toEqual([
      ['ParameterCannotHaveArgument', '-RunAsAdministrator:$true'],
    ]);
  });

  it('wants constant arguments', () => {
    expect(errorsOf('#requires -Modules $mods')).toEqual([['RequiresArgumentMustBeConstant', '$mods']]);
    expect(errorsOf('#requires -ShellId 5')).toEqual([['RequiresInvalidStringArgument', '5']]);
    expect(parse('#requires -Assembly 1').errors[0]?.message).toBe(
      'The argument for the assembly parameter is not valid. Specify a valid string argument.',
    );
  });

  it('checks versions and editions', () => {
    expect(errorsOf('#requires -Version abc')).toEqual([['RequiresVersionInvalid', 'abc']]);
    expect(errorsOf('#requires -Version 1.2.3.4.5')).toEqual([['RequiresVersionInvalid', '1.2.3.4.5']]);
    expect(errorsOf('#requires -PSEdition Server')).toEqual([['RequiresPSEditionInvalid', 'Server']]);
    expect(errorsOf('#requires -PSEdition Core, CORE')).toEqual([
      ['RequiresPSEditionValueIsAlreadySpecified', 'Core, CORE'],
    ]);
    // A second, different version anywhere in the script; a second edition list.
    expect(errorsOf('#requires -Version 5.1\n#requires -Version 7.0\n1')).toEqual([
      ['ParameterAlreadyBound', '-Version'],
    ]);
    expect(errorsOf('#requires -PSEdition Core\n#requires -PSEdition Desktop')).toEqual([
      ['ParameterAlreadyBound', '-PSEdition'],
    ]);
    expect(parse('#requires -ShellId a -ShellId b').errors[0]?.message).toBe(
      "Cannot bind parameter because parameter 'shellid' is specified more than once. To provide multiple values" +
        ' to parameters that can accept multiple values, use the array syntax. For example,' +
        ' "-parameter value1,value2,value3".',
    );
  });

  it('rejects an array inside the -Modules list: object[] does not convert to a ModuleSpecification', () => {
    const message =
      'The argument for the Module parameter is not valid. Cannot convert the "System.Object[]" value of type' +
      ' "System.Object[]" to type "Microsoft.PowerShell.Commands.ModuleSpecification".';
    for (const argument of ["a, ('b', 'c')", "Az, (@{ ModuleName = 'Pester' }, 'x')", "(('a', 'b'), 'c')"]) {
      const errors = parse(`#requires -Modules ${argument}\n1`).errors;
      expect(
        errors.map((e) => [e.errorId, e.extent.text, e.message]),
        argument,
      ).toEqual([['RequiresModuleInvalid', argument, message]]);
    }
    // Only the first bad item is reported.
    expect(errorsOf("#requires -Modules a, ('b', 'c'), ''")).toEqual([
      ['RequiresModuleInvalid', "a, ('b', 'c'), ''"],
    ]);
    // `@(...)` is never a constant (IsConstantValueVisitor.VisitArrayExpression), so the array is not reached.
    expect(errorsOf("#requires -Modules @('a', @('b'))")).toEqual([
      ['RequiresArgumentMustBeConstant', "@('a', @('b'))"],
    ]);
  });

  it('reports an unknown parameter or a positional word as the wrong format', () => {
    expect(errorsOf('#requires -Foo Bar')).toEqual([['ScriptRequiresInvalidFormat', '-Foo']]);
    expect(errorsOf('#requires Bar')).toEqual([['ScriptRequiresInvalidFormat', 'Bar']]);
    const message = parse('#requires -Foo Bar').errors[0]?.message ?? '';
    expect(message.split('\n')[0]).toBe(
      'Cannot process the #requires statement because it is not in the correct format.',
    );
    expect(message).toContain('\n "#requires -runasadministrator"');
  });

  it('places errors on the #requires line of the script, after the parse errors', () => {
    const source = 'Get-Thing\n#requires -Version x\n$a = (';
    const errors = parse(source).errors;
    expect(errors.map((e) => e.errorId)).toEqual([
      'ExpectedExpression',
      'MissingEndParenthesisInExpression',
      'RequiresVersionInvalid',
    ]);
    expect(errors[2]?.extent.startLineNumber).toBe(2);
    expect(errors[2]?.extent.startColumnNumber).toBe(20);
  });
});

describe('the requirements #requires records (ScriptRequirements)', () => {
  const requirementsOf = (source: string) => parse(source).ast.scriptRequirements;

  it('keeps each parameter as PowerShell 7.4 reads it: constants evaluated, versions as System.Version', () => {
    expect(
      requirementsOf(
        "#requires -Version 7 -PSEdition Core, Desktop -RunAsAdministrator\n#requires -Modules Az, @{ ModuleName = 'Pester'; ModuleVersion = '5.0' } -Assembly System.Web, 'System.Web'\n1",
      ),
    ).toEqual({
      requiredApplicationId: null,
      requiredPSVersion: '7.0',
      requiredPSEditions: ['Core', 'Desktop'],
      requiredModules: ['Az', "@{ ModuleName = 'Pester'; ModuleVersion = '5.0' }"],
      requiredAssemblies: ['System.Web'],
      requiresElevation: true,
    });
    expect(requirementsOf('1')).toBeNull();
    expect(requirementsOf("#requires -Version:'7.2'")?.requiredPSVersion).toBe('7.2');
    // The same Version twice is no error (7.00 is 7.0).
    expect(parse('#requires -Version 7.0\n#requires -Version 7.00').errors).toEqual([]);
  });

  it('records -ShellId as RequiredApplicationId, its quotes gone', () => {
    expect(requirementsOf("#requires -ShellId 'Microsoft.PowerShell'")?.requiredApplicationId).toBe(
      'Microsoft.PowerShell',
    );
  });

  it('drops -PSSnapin and the -Version on its line, as pwsh 7.4 does (no RequiresPSSnapIns)', () => {
    const source =
      '#requires -Version 5.1\n#requires -PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn -Version 1.0\n1';
    expect(parse(source).errors).toEqual([]);
    expect(requirementsOf(source)).toEqual({
      requiredApplicationId: null,
      requiredPSVersion: '5.1',
      requiredPSEditions: [],
      requiredModules: [],
      requiredAssemblies: [],
      requiresElevation: false,
    });
    expect(requirementsOf('#requires -PSSnapin Foo -Version 1.0')?.requiredPSVersion).toBeNull();
  });

  it('checks the snap-in name and its version once per line', () => {
    expect(errorsOf("#requires -PSSnapin 'bad name!'")).toEqual([['InvalidPSSnapInName', "'bad name!'"]]);
    expect(parse("#requires -PSSnapin 'bad name!'").errors[0]?.message).toBe(
      'The format of the specified snap-in name was not valid.  PowerShell snap-in names can only contain' +
        ' alpha-numeric characters, dashes, underscores and periods. Correct the name and then try the operation again.',
    );
    expect(errorsOf('#requires -PSSnapin A -PSSnapin B')).toEqual([['ParameterAlreadyBound', '-PSSnapin']]);
    expect(errorsOf('#requires -PSSnapin A -Version 1.0 -Version 2.0')).toEqual([
      ['ParameterAlreadyBound', '-Version'],
    ]);
    // A name that was not valid is not kept, so a second one on the line is no repeat.
    expect(errorsOf("#requires -PSSnapin 'a b' -PSSnapin Good_Name-1.x")).toEqual([
      ['InvalidPSSnapInName', "'a b'"],
    ]);
    expect(errorsOf('#requires -PSSnapin A -Version 1.0\n#requires -PSSnapin B -Version 2.0')).toEqual([]);
  });
});
