// The shell's console text goes into a transcript: what -Command shows between Start-Transcript and Stop-Transcript.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../bin/exosh.js');
const xdg = mkdtempSync(path.join(os.tmpdir(), 'exosh-xdg-'));
const env = { ...process.env, XDG_DATA_HOME: xdg, NO_COLOR: '1' };

describe('exosh transcripts', () => {
  it('records output, host text and errors as the console shows them, then the footer', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-transcript-'));
    const script = [
      'Start-Transcript session.txt -UseMinimalHeader',
      'Write-Host "hi there"',
      '[pscustomobject]@{ A = 1 }',
      'Write-Error boom',
      "'after'",
      'Stop-Transcript',
      "'not recorded'",
    ].join('; ');
    const r = spawnSync(process.execPath, [bin, '-NoProfile', '-Command', script], {
      encoding: 'utf8',
      env,
      cwd: dir,
    });
    expect(r.stdout).toContain('Transcript stopped, output file is ' + path.join(dir, 'session.txt'));
    const lines = readFileSync(path.join(dir, 'session.txt'), 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '**********************',
      'PowerShell transcript start',
      expect.stringMatching(/^Start time: \d{14}$/),
    ]);
    const body = lines.slice(4, lines.indexOf('PowerShell transcript end') - 1);
    expect(body).toEqual([
      'Transcript started, output file is session.txt',
      'hi there',
      '',
      'A',
      '-',
      '1',
      '',
      'Write-Error: boom',
      'after',
    ]);
    expect(lines.join('\n')).not.toContain('not recorded');
  });

  it('records each line typed at the prompt after the prompt text, then what it showed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-transcript-'));
    const r = spawnSync(process.execPath, [bin, '-NoProfile', '-NoLogo'], {
      encoding: 'utf8',
      env,
      cwd: dir,
      input: 'Start-Transcript repl.txt -UseMinimalHeader\n"x"\nGet-Date | Out-Null\nStop-Transcript\nexit\n',
    });
    expect(r.status).toBe(0);
    const lines = readFileSync(path.join(dir, 'repl.txt'), 'utf8').split('\n');
    expect(lines.slice(4, 9)).toEqual([
      'Transcript started, output file is repl.txt',
      `PS ${dir}> "x"`,
      'x',
      `PS ${dir}> Get-Date | Out-Null`,
      `PS ${dir}> Stop-Transcript`,
    ]);
    expect(lines[10]).toBe('PowerShell transcript end');
  });
});
