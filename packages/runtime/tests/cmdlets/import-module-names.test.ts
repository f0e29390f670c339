// Import-Module's name check (ModuleCmdletBase.ValidateCommandName, Modules.resx texts): one warning per import for
// unapproved verbs and one for restricted noun characters, a verbose line per command (with pwsh's suggested verbs);
// -DisableNameChecking and New-Module skip it; -NoClobber's verbose lines.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let root: string;
let module: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'exosh-module-names-'));
  module = path.join(root, 'Odd', 'Odd.psm1');
  mkdirSync(path.dirname(module));
  writeFileSync(
    module,
    [
      "function Do-Thing { 'do' }",
      "function Create-Thing { 'create' }",
      "function Get-Some-Thing { 'some' }",
      "function Get-Fine { 'fine' }",
      "function Sort-Object { 'exempt' }",
    ].join('\n'),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const unapproved =
  "The names of some imported commands from the module 'Odd' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.";
const restricted = `Some imported command names contain one or more of the following restricted characters: # , ( ) { } [ ] & - / \\ $ ^ ; : " ' < > | ? @ \` * % + = ~`;

describe('Import-Module name checking', () => {
  it('warns once for unapproved verbs and once for restricted noun characters', () => {
    const r = createRunspace().invokeSync(`Import-Module '${module}'; Do-Thing`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['do']);
    expect(r.warnings).toEqual([unapproved, restricted]);
  });

  it('names each command in verbose lines, with the suggested verbs', () => {
    const r = createRunspace().invokeSync(`Import-Module '${module}' -Verbose`);
    // In pwsh's order: the module's exports sorted by name.
    expect(r.verbose).toEqual([
      `The 'Create-Thing' command in the Odd' module was imported, but because its name does not include an approved verb, it might be difficult to find. The suggested alternative verbs are "New".`,
      "Importing function 'Create-Thing'.",
      "The 'Do-Thing' command in the Odd' module was imported, but because its name does not include an approved verb, it might be difficult to find. For a list of approved verbs, type Get-Verb.",
      "Importing function 'Do-Thing'.",
      "Importing function 'Get-Fine'.",
      `The command name 'Get-Some-Thing' from the module 'Odd' contains one or more of the following restricted characters: # , ( ) { } [ ] & - / \\ $ ^ ; : " ' < > | ? @ \` * % + = ~`,
      "Importing function 'Get-Some-Thing'.",
      "Importing function 'Sort-Object'.",
    ]);
  });

  it('-DisableNameChecking and New-Module do not check', () => {
    const rs = createRunspace();
    expect(rs.invokeSync(`Import-Module '${module}' -DisableNameChecking`).warnings).toEqual([]);
    expect(rs.invokeSync("$null = New-Module -Name Dyn { function Do-Other { 'x' } }").warnings).toEqual([]);
  });

  it('-NoClobber says which members it skipped', () => {
    const r = createRunspace().invokeSync(
      `function global:Get-Fine { 'mine' }; Import-Module '${module}' -NoClobber -DisableNameChecking -Verbose; Get-Fine`,
    );
    expect(r.output).toEqual(['mine']);
    expect(r.verbose).toContain(
      "The function 'Get-Fine' was not imported because there is a member with the same name in the current scope.",
    );
    expect(r.verbose).toContain("Importing function 'Do-Thing'.");
    expect(r.verbose).not.toContain("Importing function 'Get-Fine'.");
  });
});
