// Tab completion, as the completer sees it and as a user sees it in a real terminal (tmux).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTmux, terminal } from './helpers/terminal.js';
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

describe.skipIf(!hasTmux)('in a terminal', () => {
  it('completes Get-ConnectionInformation -Mod<Tab> to -ModulePrefix', async () => {
    const t = terminal(mkdtempSync(path.join(os.tmpdir(), 'exosh-tty-')), 20);
    try {
      await t.waitFor(/PS /);
      t.keys('Get-ConnectionInformation -Mod', 'Tab');
      expect(await t.waitFor(/-ModulePrefix/)).toContain('Get-ConnectionInformation -ModulePrefix');
    } finally {
      t.kill();
    }
  });
});
