// $MyInvocation at the top level of `exosh -Command`: an InvocationInfo, as pwsh's console host makes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
const xdg = mkdtempSync(path.join(os.tmpdir(), 'exosh-xdg-'));
const env = { ...process.env, XDG_DATA_HOME: xdg, NO_COLOR: '1' };
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });

describe('exosh -Command: $MyInvocation', () => {
  it('is the command line as a script: ScriptInfo "" with the text, first of the two commands before Out-Default', () => {
    const command = [
      '$MyInvocation.GetType().FullName',
      '"[$($MyInvocation.MyCommand.Name)] [$($MyInvocation.InvocationName)]"',
      '$MyInvocation.MyCommand.CommandType',
      '"$($MyInvocation.PipelinePosition)/$($MyInvocation.PipelineLength)"',
      '$MyInvocation.MyCommand.Definition',
    ].join('; ');
    const r = run(['-NoProfile', '-Command', command]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      ['System.Management.Automation.InvocationInfo', '[] []', 'Script', '1/2', command, ''].join('\n'),
    );
  });
});
