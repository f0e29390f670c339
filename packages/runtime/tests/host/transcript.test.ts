// Start-Transcript / Stop-Transcript against real files, with a host that tees what it shows into the transcription.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createRunspace,
  formatErrorConcise,
  formatOutput,
  transcriptionOf,
  type Runspace,
  type StreamRecord,
} from '../../src/index.js';

/** A console-like host: output objects formatted at the end of each record batch, errors and warnings as lines. */
function hostFor(rs: Runspace) {
  const transcription = transcriptionOf(rs.context);
  let shown = '';
  let pending: unknown[] = [];
  const show = (text: string) => {
    shown += text;
    transcription.write(text);
  };
  const flush = () => {
    if (pending.length > 0) show(formatOutput(pending, { width: 120, views: rs.formatViews }));
    pending = [];
  };
  transcription.flushHost = flush;
  const onRecord = (r: StreamRecord) => {
    if (r.stream === 'output') return void pending.push(r.value);
    flush();
    if (r.stream === 'error') show(formatErrorConcise(r.value) + '\n');
    if (r.stream === 'warning') show(`\x1b[33mWARNING: ${r.value}\x1b[0m\n`);
    if (r.stream === 'information' && r.value.hostMessage)
      show(r.value.hostMessage.text + (r.value.hostMessage.noNewLine ? '' : '\n'));
  };
  return {
    run: (script: string) => {
      rs.invokeSync(script, { onRecord });
      flush();
    },
    shown: () => shown,
  };
}

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'exosh-transcript-'));

describe('transcripts', () => {
  it('records what the host shows between the header and the footer, without colours', () => {
    const d = dir();
    const file = path.join(d, 'session.txt');
    const rs = createRunspace({ workingDirectory: d });
    const host = hostFor(rs);
    host.run(`Start-Transcript -Path session.txt; Write-Host 'hello' -NoNewline; Write-Host ' world'
[pscustomobject]@{ Name = 'a'; Value = 1 }; Write-Warning 'careful'; Write-Error 'broken'; 'last'; Stop-Transcript`);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('**********************');
    expect(lines[1]).toBe('PowerShell transcript start');
    expect(lines[2]).toMatch(/^Start time: \d{14}$/);
    expect(lines).toContain(`Process ID: ${process.pid}`);
    expect(lines).toContain('PSEdition: Core');
    expect(lines).toContain('Transcript started, output file is session.txt');
    expect(lines).toContain('hello world');
    expect(lines).toContain('Name Value');
    expect(lines).toContain('a        1');
    expect(lines).toContain('WARNING: careful');
    expect(lines.some((l) => l.includes('broken'))).toBe(true);
    // Output still buffered for a table when Stop-Transcript runs is written before the footer.
    expect(lines.indexOf('last')).toBeGreaterThan(lines.indexOf('WARNING: careful'));
    expect(lines.slice(-5)).toEqual([
      '**********************',
      'PowerShell transcript end',
      expect.stringMatching(/^End time: \d{14}$/),
      '**********************',
      '',
    ]);
    expect(lines.join('\n')).not.toContain('\x1b');
    expect(lines.join('\n')).not.toContain('Transcript stopped');
    expect(host.shown()).toContain(`Transcript stopped, output file is ${file}`);
  });

  it('-Append keeps the file, -UseMinimalHeader writes the short header, nested transcripts stop innermost first', () => {
    const d = dir();
    const outer = path.join(d, 'outer.txt');
    const inner = path.join(d, 'inner.txt');
    writeFileSync(outer, 'This is sample text!\n');
    const rs = createRunspace({ workingDirectory: d });
    const host = hostFor(rs);
    host.run(`Start-Transcript outer.txt -Append -UseMinimalHeader; 'one'; Start-Transcript -LiteralPath inner.txt; 'two'
(Stop-Transcript).Path; 'three'; Stop-Transcript`);
    const o = readFileSync(outer, 'utf8');
    expect(
      o.startsWith('This is sample text!\n**********************\nPowerShell transcript start\nStart time: '),
    ).toBe(true);
    expect(o).not.toContain('Username:');
    expect(o).toMatch(/one\n[\s\S]*two\n[\s\S]*three\n/);
    const i = readFileSync(inner, 'utf8');
    expect(i).toContain('Username: ');
    expect(i).toContain('two');
    expect(i).not.toContain('three');
  });

  it('-IncludeInvocationHeader marks each command typed at the prompt', () => {
    const d = dir();
    const rs = createRunspace({ workingDirectory: d });
    const host = hostFor(rs);
    host.run('Start-Transcript t.txt -IncludeInvocationHeader -UseMinimalHeader');
    transcriptionOf(rs.context).command('PS /tmp> ', 'Get-Date\n| Out-Null');
    host.run('Get-Date | Out-Null; Stop-Transcript');
    const text = readFileSync(path.join(d, 't.txt'), 'utf8');
    expect(text).toMatch(/\*{22}\nCommand start time: \d{14}\n\*{22}\nPS \/tmp> Get-Date\n>> \| Out-Null\n/);
  });

  it('-NoClobber, a directory and no transcript give pwsh errors; -OutputDirectory names the file', () => {
    const d = dir();
    writeFileSync(path.join(d, 'exists.txt'), 'keep');
    const rs = createRunspace({ workingDirectory: d });
    const r =
      rs.invokeSync(`Start-Transcript exists.txt -NoClobber; Start-Transcript -Path '${d}'; Stop-Transcript
(Start-Transcript -OutputDirectory '${path.join(d, 'out')}').Path; Stop-Transcript | Out-Null`);
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([
      'NoClobber,Microsoft.PowerShell.Commands.StartTranscriptCommand',
      'CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand',
      'InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand',
    ]);
    expect(r.errors.map((e) => e.exception.message)).toEqual([
      `File ${path.join(d, 'exists.txt')} already exists and NoClobber was specified.`,
      `Transcription cannot be started due to the error: File path ${d} resolves to a directory.`,
      'An error occurred stopping transcription: The host is not currently transcribing.',
    ]);
    expect(readFileSync(path.join(d, 'exists.txt'), 'utf8')).toBe('keep');
    const made = String(r.output[0]);
    expect(path.dirname(made)).toBe(path.join(d, 'out'));
    expect(path.basename(made)).toMatch(/^PowerShell_transcript\.[^.]+\.[A-Za-z0-9+_=]{8}\.\d{14}\.txt$/);
    expect(existsSync(made)).toBe(true);
  });

  it('a transcript still open when the runspace is disposed gets its footer', async () => {
    const d = dir();
    const rs = createRunspace({ workingDirectory: d });
    rs.invokeSync('Start-Transcript open.txt -UseMinimalHeader');
    await rs.dispose();
    expect(readFileSync(path.join(d, 'open.txt'), 'utf8')).toContain('PowerShell transcript end');
  });
});
