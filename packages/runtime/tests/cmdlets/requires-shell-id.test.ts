// `#requires -ShellId` of a script file (CommandDiscovery.CreateScriptProcessorForSingleShell): a script run with `&`,
// `.` or -File is refused whatever the id, after its other requirements are checked; a module file is not refused
// (ModuleCmdletBase checks only VerifyScriptRequirements). Messages from DiscoveryExceptions.resx.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'exosh-shellid-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const message =
  'A #requires statement has specified only a shellID. #Requires statements must specify a required PowerShell snap-in when running in PowerShell.';

function run(requires: string, call: string) {
  const script = path.join(root, 'shelled.ps1');
  writeFileSync(script, `${requires}\n'ran'\n`);
  return createRunspace({ workingDirectory: root }).invokeSync(`${call} '${script}'\n'after'`);
}

describe('#requires -ShellId', () => {
  for (const [id, call] of [
    ['Microsoft.PowerShell', '&'],
    ['Microsoft.PowerShell', '.'],
    ['SomeOtherShell', '&'],
  ] as const)
    it(`refuses a script for shell ${id} run with ${call}`, () => {
      const r = run(`#requires -ShellId ${id}`, call);
      expect(r.output).toEqual(['after']);
      expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['RequiresShellIDInvalidForSingleShell']);
      const error = r.errors[0];
      expect(error?.exception.message).toBe(message);
      expect(error?.categoryInfo.category).toBe('ResourceUnavailable');
      expect(error?.targetObject).toBe('shelled.ps1');
    });

  it('checks the other requirements first', () => {
    const r = run('#requires -ShellId Microsoft.PowerShell\n#requires -Version 8', '&');
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ScriptRequiresUnmatchedPSVersion']);
  });

  it('runs a script without it', () => {
    expect(run('#requires -Version 7.0', '&').output).toEqual(['ran', 'after']);
  });

  it('does not refuse a module file', () => {
    const folder = path.join(root, 'Shelled');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'Shelled.psm1'),
      "#requires -ShellId Microsoft.PowerShell\nfunction Get-Shelled { 'loaded' }\n",
    );
    const r = createRunspace().invokeSync(`Import-Module '${folder}'\nGet-Shelled`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual(['loaded']);
  });

  it('does nothing for #requires typed interactively', () => {
    const r = createRunspace().invokeSync("#requires -ShellId Microsoft.PowerShell\n'ran'");
    expect(r.output).toEqual(['ran']);
  });
});
