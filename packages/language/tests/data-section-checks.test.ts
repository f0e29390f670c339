// `data { }` sections: PowerShell's RestrictedLanguageChecker (SemanticChecks.cs), run at parse time.
import { describe, expect, it } from 'vitest';
import { checkRestrictedLanguage, parse } from '../src/index.js';
import type { Extent, NamedBlockAst } from '../src/index.js';

const errorsOf = (source: string): [string, string][] =>
  parse(source).errors.map((e) => [e.errorId, e.extent.text]);

describe('data section restricted-language checks', () => {
  it('accepts constants, ConvertFrom-StringData, the default variables and simple types', () => {
    const ok = [
      'data { "text" }',
      "data msgs { ConvertFrom-StringData @'\nhello = Hello\n'@ }",
      'data { @{ Culture = $PSCulture; UI = $PSUICulture; t = $true; f = $false; n = $null } }',
      'data { 1, 2 + 3; -not $false; @(1); (1); $(1) }',
      'data { [int]"1"; [string[]]("a", "b"); [datetime]"2020-01-01"; [System.Int64]5 }',
      'data { if ($true) { "a" } elseif ($false) { "b" } else { "c" } }',
      'data -SupportedCommand Format-Thing { Format-Thing -Name x }',
      'data -SupportedCommand $cmds { Anything at all }',
    ];
    for (const source of ok) expect(errorsOf(source), source).toEqual([]);
  });

  it('rejects other variables, naming the ones allowed', () => {
    const [e] = parse('data { $a }').errors;
    expect(e?.errorId).toBe('VariableReferenceNotSupportedInDataSection');
    expect(e?.extent.text).toBe('$a');
    expect(e?.message).toBe(
      'A variable that cannot be referenced in restricted language mode or a Data section is being referenced. Variables that can be referenced include the following: $PSCulture, $PSUICulture, $true, $false, $null.',
    );
  });

  it('rejects commands outside the allowed list', () => {
    expect(errorsOf('data -SupportedCommand Foo { Foo; Get-Date }')).toEqual([
      ['CmdletNotInAllowedListForDataSection', 'Get-Date'],
    ]);
    expect(parse('data { Get-Date }').errors[0]?.message).toBe(
      "The command 'Get-Date' is not allowed in restricted language mode or a Data section.",
    );
    expect(errorsOf('data { & "x" }')).toEqual([['CmdletNotInAllowedListForDataSection', '& "x"']]);
    expect(errorsOf('data { & $cmd }')).toEqual([
      ['OperatorNotSupportedInDataSection', '& $cmd'],
      ['VariableReferenceNotSupportedInDataSection', '$cmd'],
    ]);
    expect(errorsOf('data { . foo }')).toEqual([['DotSourcingNotSupportedInDataSection', '. foo']]);
  });

  it('rejects statements, script blocks, member access and restricted operators', () => {
    expect(errorsOf('data { $a = 1 }')).toEqual([
      ['AssignmentStatementNotSupportedInDataSection', '$a = 1'],
      ['VariableReferenceNotSupportedInDataSection', '$a'],
    ]);
    expect(errorsOf('data { {1} }')).toEqual([['ScriptBlockNotSupportedInDataSection', '{1}']]);
    expect(errorsOf('data { "a".Length; "a".Trim(); (1,2)[0] }')).toEqual([
      ['PropertyReferenceNotSupportedInDataSection', '"a".Length'],
      ['MethodCallNotSupportedInDataSection', '"a".Trim()'],
      ['ArrayReferenceNotSupportedInDataSection', '(1,2)[0]'],
    ]);
    expect(errorsOf('data { 1..3; "{0}" -f 1; "a" -match "a"; -split "a b" }')).toEqual([
      ['OperatorNotSupportedInDataSection', '..'],
      ['OperatorNotSupportedInDataSection', '-f'],
      ['OperatorNotSupportedInDataSection', '-match'],
      ['OperatorNotSupportedInDataSection', '-split "a b"'],
    ]);
    expect(parse('data { 1..3 }').errors[0]?.message).toBe(
      "The '..' operator is not allowed in restricted language mode or a Data section.",
    );
    expect(errorsOf('data { foreach ($i in 1) {} }')[0]?.[0]).toBe(
      'ForeachStatementNotSupportedInDataSection',
    );
    expect(errorsOf('data { while (1) {} }')[0]?.[0]).toBe('ForWhileStatementNotSupportedInDataSection');
    expect(errorsOf('data { do {} while (1) }')[0]?.[0]).toBe('DoWhileStatementNotSupportedInDataSection');
    expect(errorsOf('data { switch (1) { 1 { "a" } } }')[0]?.[0]).toBe(
      'SwitchStatementNotSupportedInDataSection',
    );
    expect(errorsOf('data { try {} finally {} }')[0]?.[0]).toBe('TryStatementNotSupportedInDataSection');
    expect(errorsOf('data { throw "x" }')[0]?.[0]).toBe('FlowControlStatementNotSupportedInDataSection');
    expect(errorsOf('data { function f {} }')[0]?.[0]).toBe('FunctionDeclarationNotSupportedInDataSection');
    expect(errorsOf('data { data { 1 } }')[0]).toEqual([
      'DataSectionStatementNotSupportedInDataSection',
      'data { 1 }',
    ]);
    expect(errorsOf('data { "a" > x.txt }')[0]).toEqual(['RedirectionNotSupportedInDataSection', '> x.txt']);
  });

  it('allows only simple types', () => {
    expect(errorsOf('data { [hashtable]@{} }')).toEqual([['TypeNotAllowedInDataSection', '[hashtable]']]);
    expect(parse('data { [System.IO.File] }').errors[0]?.message).toBe(
      'The type System.IO.File is not allowed in restricted language mode or a Data section.',
    );
  });

  it('is exported for restricted language outside data sections (ScriptBlock.CheckRestrictedLanguage)', () => {
    const check = (source: string, allowedVariables: string[] | null, env = false): [string, string][] => {
      const found: [string, string][] = [];
      // ScriptBlock.CheckRestrictedLanguage checks the end block's statements.
      checkRestrictedLanguage(
        parse(source).ast.endBlock as NamedBlockAst,
        { allowedCommands: [], allowedVariables, allowEnvironmentVariables: env },
        (extent: Extent, id: string) => {
          found.push([id, extent.text]);
        },
      );
      return found;
    };
    // PowerShell's CheckRestrictedlanguage.Tests.ps1 cases (the script block's own braces are not part of these).
    expect(check('2+2', null)).toEqual([]);
    expect(check('$PSCulture, $PSUICulture, $true, $false, $null', null)).toEqual([]);
    expect(check('2+$a', null)).toEqual([['VariableReferenceNotSupportedInDataSection', '$a']]);
    expect(check('2 + $a', ['a'])).toEqual([]);
    expect(check('$a + $b + $c', ['a', 'b'])).toEqual([['VariableReferenceNotSupportedInDataSection', '$c']]);
    const messages: string[] = [];
    checkRestrictedLanguage(
      parse('$c').ast.endBlock as NamedBlockAst,
      { allowedCommands: null, allowedVariables: ['a', 'b'] },
      (e, id, ...args) => messages.push(`${id}: ${args.join()}`),
    );
    expect(messages).toEqual([
      'VariableReferenceNotSupportedInDataSection: $PSCulture, $PSUICulture, $true, $false, $null, $a, $b',
    ]);
    expect(check('2 + $a + $env:foo', ['a'])).toEqual([
      ['VariableReferenceNotSupportedInDataSection', '$env:foo'],
    ]);
    expect(check('2 + $a + $env:foo', ['a'], true)).toEqual([]);
    expect(check('2 + $a + $b + $c + $env:foo', ['*'])).toEqual([]);
  });
});
