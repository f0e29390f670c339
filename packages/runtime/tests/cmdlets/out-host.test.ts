// Out-Host, Out-Default and Out-GridView show their input on the host, formatted as the console formats it.
import { describe, expect, it } from 'vitest';
import { createRunspace, type StreamRecord } from '../../src/index.js';

function run(script: string, width = 80, supportsVirtualTerminal = false) {
  const shown: string[] = [];
  const rs = createRunspace({ host: { width, supportsVirtualTerminal } });
  const result = rs.invokeSync(script, {
    onRecord: (r: StreamRecord) => {
      if (r.stream === 'information' && r.value.hostMessage) shown.push(r.value.hostMessage.text);
    },
  });
  return { shown, output: result.output.map(String), errors: result.errors };
}

const table = ['', 'A B', '- -', '1 2', '3 4', ''];

describe('Out-Host / Out-Default', () => {
  it('shows objects as the console table, writes nothing to the pipeline', () => {
    for (const cmd of ['Out-Host', 'Out-Default', 'oh', 'Out-Host -Paging']) {
      const r = run(`[pscustomobject]@{A=1;B=2},[pscustomobject]@{A=3;B=4} | ${cmd}`);
      expect(r.errors, cmd).toEqual([]);
      expect(r.output, cmd).toEqual([]);
      expect(r.shown, cmd).toEqual(table);
    }
  });

  it("decorates the table's header for a host that shows VT, unless $PSStyle.OutputRendering is PlainText", () => {
    const objects = '[pscustomobject]@{A=1;B=2},[pscustomobject]@{A=3;B=4}';
    const G = '\x1b[32;1m';
    const R = '\x1b[0m';
    expect(run(`${objects} | Out-Host`, 80, true).shown.slice(1, 3)).toEqual([
      `${G}A${R}${G} B${R}`,
      `${G}-${R} ${G}-${R}`,
    ]);
    expect(run(`$PSStyle.OutputRendering = 'PlainText'; ${objects} | Out-Host`, 80, true).shown).toEqual(
      table,
    );
  });

  it('shows a collection-valued property up to $global:FormatEnumerationLimit items', () => {
    const object = '[pscustomobject]@{A=1..3}';
    expect(run(`$FormatEnumerationLimit = 2; ${object} | Out-Default`).shown).toEqual([
      '',
      'A',
      '-',
      '{1, 2…}',
      '',
    ]);
    expect(run(`$FormatEnumerationLimit = -1; ${object} | Out-Host`).shown[3]).toBe('{1, 2, 3}');
    // A function's own variable is not the global one the formatter reads.
    expect(run(`function f { $FormatEnumerationLimit = 1; ${object} | Out-Host }; f`).shown[3]).toBe(
      '{1, 2, 3}',
    );
  });

  it('shows scalars as their text, and -InputObject as one object', () => {
    expect(run("'a', 1 | Out-Host").shown).toEqual(['a', '1']);
    expect(run('Out-Host -InputObject 5').shown).toEqual(['5']);
    expect(run('@() | Out-Host').shown).toEqual([]);
  });

  it('writes to the host UI, not the information stream: no redirection captures or hides it', () => {
    for (const redirect of ['6>&1', '*>&1', '6>$null', '*>$null']) {
      const r = run(`$x = 'a' | Out-Host ${redirect}; "captured $($null -ne $x)"`);
      expect(r.shown, redirect).toEqual(['a']);
      expect(r.output, redirect).toEqual(['captured False']);
    }
    const inFunction = run(`function f { 'b' | Out-Default }; $x = f 6>&1; "captured $($null -ne $x)"`);
    expect(inFunction.shown).toEqual(['b']);
    expect(inFunction.output).toEqual(['captured False']);
    const whatIf = run(
      `function f { [CmdletBinding(SupportsShouldProcess)] param() $null = $PSCmdlet.ShouldProcess('t') }; $x = f -WhatIf 6>&1; "captured $($null -ne $x)"`,
    );
    expect(whatIf.shown).toEqual(['What if: Performing the operation "f" on target "t".']);
    expect(whatIf.output).toEqual(['captured False']);
    const variable = run(`'c' | Out-Host -InformationVariable iv; "recorded $($iv.Count)"`);
    expect(variable.output).toEqual(['recorded 0']);
  });

  it("uses the runspace's views (Get-Location's one-column Path table)", () => {
    expect(run('Set-Location /; Get-Location | Out-Host').shown).toEqual(['', 'Path', '----', '/', '']);
  });
});

describe('Out-GridView (no GUI)', () => {
  const input = '[pscustomobject]@{A=1;B=2},[pscustomobject]@{A=3;B=4}';
  it('shows the table on the host; alone it writes nothing', () => {
    const r = run(`${input} | Out-GridView`);
    expect(r.output).toEqual([]);
    expect(r.shown).toEqual(table);
  });

  it('-PassThru and -OutputMode Multiple pass every object on; Single the first; -Title heads the table', () => {
    expect(run(`${input} | ogv -PassThru | ForEach-Object A`).output).toEqual(['1', '3']);
    expect(run(`${input} | Out-GridView -OutputMode Multiple | ForEach-Object A`).output).toEqual(['1', '3']);
    expect(run(`${input} | Out-GridView -OutputMode Single | ForEach-Object A`).output).toEqual(['1']);
    expect(run(`${input} | Out-GridView -OutputMode None`).output).toEqual([]);
    expect(run(`${input} | Out-GridView -Title Rows`).shown).toEqual(['Rows', ...table]);
  });

  it('-PassThru and -OutputMode are in different parameter sets', () => {
    const r = run(`1 | Out-GridView -PassThru -OutputMode Single`);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'AmbiguousParameterSet,Microsoft.PowerShell.Commands.OutGridViewCommand',
    ]);
  });
});
