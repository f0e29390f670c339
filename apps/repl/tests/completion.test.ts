// Tab completion, as the completer sees it and as a user sees it in a real terminal (tmux).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunspace } from '@exosh/runtime';
import { registerExchangeOnlineModule } from '@exosh/core';
import { complete } from '../src/completion/complete.js';

function runspaceWithModule() {
  const rs = createRunspace();
  registerExchangeOnlineModule(rs);
  return rs;
}

describe('completer', () => {
  it('completes parameter names of the still-possible sets', () => {
    const rs = runspaceWithModule();
    expect(complete(rs, 'Get-ConnectionInformation -Mod').items).toEqual(['-ModulePrefix']);
    expect(complete(rs, 'Get-ConnectionInformation -ConnectionId x -M').items).not.toContain('-ModulePrefix');
  });

  it('completes command names, including functions and aliases', () => {
    const rs = runspaceWithModule();
    rs.invokeSync('function Get-ConnectionReport { }');
    expect(complete(rs, 'Get-Connection').items).toEqual([
      'Get-ConnectionInformation',
      'Get-ConnectionReport',
    ]);
    expect(complete(rs, 'Sort-Object | Where-Ob').items).toEqual(['Where-Object']);
  });

  it('completes variables and ValidateSet values', () => {
    const rs = runspaceWithModule();
    rs.invokeSync('$MailboxCount = 3; function f { param([ValidateSet("Alpha","Beta")]$Mode) }');
    expect(complete(rs, 'Write-Output $Mailbox').items).toEqual(['$MailboxCount']);
    expect(complete(rs, 'f -Mode B').items).toEqual(['Beta']);
  });

  it('completes members after `.`: properties first, then methods with ( or ()', () => {
    const rs = runspaceWithModule();
    rs.invokeSync('$box = [pscustomobject]@{ Name = "Ann"; Size = 3 }; $s = "text"');
    expect(complete(rs, '$box.').items).toEqual([
      '$box.Name',
      '$box.Size',
      '$box.Equals(',
      '$box.GetHashCode()',
      '$box.GetType()',
      '$box.ToString()',
    ]);
    expect(complete(rs, 'Write-Output $box.Na').items).toEqual(['$box.Name']);
    expect(complete(rs, '$box.Name.Len').items).toEqual(['$box.Name.Length']);
    expect(complete(rs, '$s.ToU').items).toEqual(['$s.ToUpper(', '$s.ToUpperInvariant()']);
    expect(complete(rs, '$global:s.Len').items).toEqual(['$global:s.Length']);
    expect(complete(rs, '$nothing.').items).toEqual([]);
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('in a terminal', () => {
  it('completes Get-ConnectionInformation -Mod<Tab> to -ModulePrefix', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-tty-'));
    const session = `exosh-test-${process.pid}`;
    const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
    execFileSync('tmux', [
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '20',
      `HOME=${home} XDG_DATA_HOME=${home} NO_COLOR=1 ${process.execPath} ${bin} -NoLogo -NoProfile`,
    ]);
    try {
      const screen = () => execFileSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' });
      const waitFor = async (text: string) => {
        for (let i = 0; i < 100 && !screen().includes(text); i++)
          await new Promise((r) => setTimeout(r, 100));
        return screen();
      };
      await waitFor('PS ');
      execFileSync('tmux', ['send-keys', '-t', session, 'Get-ConnectionInformation -Mod', 'Tab']);
      expect(await waitFor('-ModulePrefix')).toContain('Get-ConnectionInformation -ModulePrefix');
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  });
});
