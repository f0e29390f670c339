// Class checks PowerShell 7.4 makes at parse time (SemanticChecks.cs, SymbolResolver.cs, VariableAnalysis.cs).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { resolveDotNetType } from './dotnet-types.js';

interface Case {
  source: string;
  errorIds: string[];
  offsets: number[];
  from: string;
}

const table = JSON.parse(
  readFileSync(new URL('./fixtures/semantic/class-parse-errors.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

const errorsOf = (source: string): [string, number][] =>
  parse(source).errors.map((e) => [e.errorId, e.extent.startOffset]);

/** As pwsh parses: its type lookups answered by a stand-in for a machine's .NET types. */
const errorsWithTypesOf = (source: string): [string, number][] =>
  parse(source, { resolveType: resolveDotNetType }).errors.map((e) => [e.errorId, e.extent.startOffset]);

describe("PowerShell's class parse-error tables", () => {
  for (const c of table.cases) {
    it(`${c.from}: ${c.source}`, () => {
      expect(errorsWithTypesOf(c.source)).toEqual(c.errorIds.map((id, i) => [id, c.offsets[i]]));
    });
  }
});

describe('class checks: messages and extents', () => {
  const first = (source: string): { id: string; text: string; message: string } => {
    const e = parse(source).errors[0];
    return { id: e?.errorId ?? '', text: e?.extent.text ?? '', message: e?.message ?? '' };
  };

  it('names the property to assign through $this or the type', () => {
    expect(first('class C { [int]$i; [void] foo() {$i = 10} }')).toEqual({
      id: 'MissingThis',
      text: '$i',
      message: "Cannot assign property, use '$this.i'.",
    });
    expect(first('class C { static [int]$i; [void] foo() {$i = 10} }').message).toBe(
      "Cannot assign property, use '[C]::i'.",
    );
    // Only the method's own scope: a script block inside it is not checked.
    expect(errorsOf('class C { [int]$i; [void] foo() { & { $i = 10 } } }')).toEqual([]);
  });

  it('rejects $this in a static member', () => {
    expect(first('class C { $x; static bar() { $this.x = 1 } }')).toEqual({
      id: 'NonStaticMemberAccessInStaticMember',
      text: '$this',
      message:
        "Cannot access the non-static member 'this' in a static method or initializer of a static property.",
    });
    expect(errorsOf('class C { $x; static bar() { $null = { $this } } }')).toEqual([]);
  });

  it('checks labels of break and continue inside methods', () => {
    expect(first('class C { f() { while ($true) { break outer } } }')).toEqual({
      id: 'LabelNotFound',
      text: 'break outer',
      message: "Label 'outer' not found inside the method.",
    });
    expect(errorsOf('class C { f() { :outer while ($true) { break outer } } }')).toEqual([]);
    expect(errorsOf('function f { break outer }')).toEqual([]);
  });

  it('rejects [void] properties, parameters and assignment targets', () => {
    expect(first('class C { [void]$p }')).toEqual({
      id: 'TypeNotAllowedForProperty',
      text: '[void]',
      message: "The type 'void' is not allowed on a property.",
    });
    expect(errorsOf('function f([void]$a) {}')).toEqual([['VoidTypeConstraintNotAllowed', 11]]);
    expect(errorsOf('[void]$a = 1')).toEqual([['VoidTypeConstraintNotAllowed', 0]]);
    expect(errorsOf('[void]$list.Add(1)')).toEqual([]);
  });

  it('reports duplicate method parameters and [ordered] parameters', () => {
    expect(errorsOf('class C { f($a, $A) {} }')).toEqual([['DuplicateFormalParameter', 16]]);
    expect(errorsOf('function f([ordered]$h) {}')).toEqual([['OrderedAttributeOnlyOnHashLiteralNode', 11]]);
  });

  it('sees assignments on every path before a read (VariableNotLocal)', () => {
    const ok = [
      'class C { [int] f($a) { if ($a) { $x = 1 } else { $x = 2 }; return $x } }',
      'class C { [int] f() { $x = 0; foreach ($i in 1..3) { $x += $i }; return $x } }',
      'class C { [string] f() { return "$($this.GetType()) $_ $args $PSScriptRoot $true $null $LASTEXITCODE $env:HOME $global:g" } }',
      'class C { [int] f() { throw "no" } }',
      'class C { [int] f() { try { return 1 } finally { } } }',
      'class C { f() { 1..2 | ForEach-Object { $y = $_ } } }',
    ];
    for (const source of ok) expect(errorsOf(source), source).toEqual([]);
    expect(errorsOf('class C { [int] f($a) { if ($a) { $x = 1 }; return $x } }')).toEqual([
      ['VariableNotLocal', 51],
    ]);
    expect(errorsOf('class C { f() { $Host.UI } }')).toEqual([['VariableNotLocal', 16]]);
    // The flow graph does not evaluate conditions: the loop may end without running its body (GenerateWhileLoop).
    expect(errorsOf('class C { [int] f() { while ($true) { return 1 } } }')).toEqual([
      ['MethodHasCodePathNotReturn', 16],
    ]);
    // A switch is a loop over its input, which may be empty.
    expect(errorsOf('class C { [int] f() { switch (1) { default { return 1 } } } }')).toEqual([
      ['MethodHasCodePathNotReturn', 16],
    ]);
  });

  it('reports named blocks from the first one', () => {
    expect(errorsOf('class C { f() { begin {} process {} } }')).toEqual([
      ['NamedBlockNotAllowedInMethod', 16],
    ]);
  });

  it('accepts a well-formed class', () => {
    const source = [
      'class Mailbox {',
      '  [string]$Name',
      '  static [int]$Count = 0',
      '  hidden [hashtable]$Extra = @{}',
      '  Mailbox([string]$name) { $this.Name = $name; [Mailbox]::Count++ }',
      '  [string] ToString() { return "Mailbox $($this.Name)" }',
      '  static [Mailbox] Parse([string]$text) { $parts = $text -split ":"; return [Mailbox]::new($parts[0]) }',
      '  [void] Add([string]$key, $value) { if ($null -eq $value) { return }; $this.Extra[$key] = $value }',
      '}',
      'enum Kind { User; Shared = 2 }',
    ].join('\n');
    expect(errorsOf(source)).toEqual([]);
  });
});
