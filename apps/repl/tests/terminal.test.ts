// The shell in a real terminal (tmux): Ctrl+C stops a running pipeline and the shell goes on; history survives a restart.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasTmux, terminal } from './helpers/terminal.js';

describe.skipIf(!hasTmux)('in a terminal', () => {
  it('Ctrl+C stops a running loop and Start-Sleep; the prompt comes back and state is kept', async () => {
    const t = terminal(mkdtempSync(path.join(os.tmpdir(), 'exosh-term-')));
    try {
      await t.waitFor(/PS /);
      t.keys('$i = 0; while ($true) { $i++ }', 'Enter');
      await new Promise((r) => setTimeout(r, 800));
      t.keys('C-c');
      t.keys('"after $($i -gt 100)"', 'Enter');
      expect(await t.waitFor(/after True/)).toMatch(/after True/);
      t.keys('Start-Sleep 60', 'Enter');
      await new Promise((r) => setTimeout(r, 500));
      t.keys('C-c');
      t.keys('"slept"', 'Enter');
      expect(await t.waitFor(/^slept$/m)).toMatch(/^slept$/m);
    } finally {
      t.kill();
    }
  });

  it('continues multi-line input with >> and keeps history across a restart', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'exosh-term-'));
    const first = terminal(home);
    try {
      await first.waitFor(/PS /);
      first.keys('function Get-Twice($x) {', 'Enter');
      expect(await first.waitFor(/^>>/m)).toMatch(/^>>/m);
      first.keys('$x * 2 }', 'Enter');
      first.keys('Get-Twice 21', 'Enter');
      expect(await first.waitFor(/^42$/m)).toMatch(/^42$/m);
      first.keys('exit', 'Enter');
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      first.kill();
    }
    expect(readFileSync(path.join(home, 'exosh', 'history'), 'utf8')).toContain('Get-Twice 21');
    const second = terminal(home);
    try {
      await second.waitFor(/PS /);
      second.keys('Up');
      expect(await second.waitFor(/PS .*> exit|Get-Twice 21/)).toMatch(/exit|Get-Twice 21/);
    } finally {
      second.kill();
    }
  });

  it('Ctrl+R searches the history: Enter runs the match, an editing key keeps it, Ctrl+G cancels', async () => {
    const t = terminal(mkdtempSync(path.join(os.tmpdir(), 'exosh-term-')));
    try {
      await t.waitFor(/PS /);
      t.keys('"alpha one"', 'Enter');
      t.keys('"beta two"', 'Enter');
      t.keys('"alpha three"', 'Enter');
      await t.waitFor(/^alpha three$/m);
      t.keys('C-r');
      t.keys('-l', 'alp');
      expect(await t.waitFor(/\(reverse-i-search\)`alp': "alpha three"/)).toMatch(/reverse-i-search/);
      t.keys('C-r');
      expect(await t.waitFor(/`alp': "alpha one"/)).toMatch(/"alpha one"/);
      t.keys('Enter');
      expect(await t.waitFor(/"alpha one"\nalpha one\nPS /)).toMatch(/"alpha one"\nalpha one\nPS /);
      t.keys('C-r');
      t.keys('-l', 'beta');
      await t.waitFor(/`beta': "beta two"/);
      t.keys('End');
      t.keys('-l', ' + "!"');
      t.keys('Enter');
      expect(await t.waitFor(/^beta two!$/m)).toMatch(/^beta two!$/m);
      t.keys('C-r');
      t.keys('-l', 'zzz');
      expect(await t.waitFor(/failed reverse-i-search/)).toMatch(/failed reverse-i-search\)`zzz'/);
      t.keys('C-g');
      t.keys('"done"', 'Enter');
      expect(await t.waitFor(/^done$/m)).toMatch(/^done$/m);
    } finally {
      t.kill();
    }
  });

  it('Read-Host at the prompt reads a line (masked with -AsSecureString); Ctrl+C at it stops the pipeline', async () => {
    const t = terminal(mkdtempSync(path.join(os.tmpdir(), 'exosh-term-')));
    try {
      await t.waitFor(/PS /);
      t.keys('$n = Read-Host "Your name"; "hello $n"', 'Enter');
      await t.waitFor(/Your name:/);
      t.keys('-l', 'Annx');
      t.keys('BSpace', 'Enter');
      expect(await t.waitFor(/^hello Ann$/m)).toMatch(/^Your name: Ann\nhello Ann$/m);
      t.keys('$p = Read-Host "Secret" -AsSecureString; $p.Length', 'Enter');
      await t.waitFor(/Secret:/);
      t.keys('-l', 'pw1');
      t.keys('Enter');
      const screen = await t.waitFor(/^3$/m);
      expect(screen).toMatch(/^Secret: \*\*\*\n3$/m);
      expect(screen).not.toContain('pw1');
      t.keys('Read-Host "Stop me"; "not reached"', 'Enter');
      await t.waitFor(/Stop me:/);
      t.keys('C-c');
      t.keys('"after"', 'Enter');
      const after = await t.waitFor(/^after$/m);
      expect(after).toMatch(/^after$/m);
      expect(after).not.toMatch(/^not reached$/m);
    } finally {
      t.kill();
    }
  });
});
