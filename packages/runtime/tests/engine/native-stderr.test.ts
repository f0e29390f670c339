// A native command's stderr: straight to the console unless the error stream is redirected, then ErrorRecords.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { toStringForDisplay } from '../../src/conversion/index.js';

const script = (redirection: string) =>
  `sh -c 'echo out; echo first >&2; echo second >&2; exit 3' ${redirection}`;

describe.skipIf(process.platform === 'win32')('native stderr redirection', () => {
  it('2>$null discards the lines; the exit code still fails the command', () => {
    const r = createRunspace().invokeSync(`${script('2>$null')}; $?; $LASTEXITCODE`);
    expect(r.output.map((o) => toStringForDisplay(o))).toEqual(['out', 'False', '3']);
    expect(r.errors).toEqual([]);
  });

  it('2>&1 merges NativeCommandError then NativeCommandErrorMessage records (RemoteException)', () => {
    const r = createRunspace().invokeSync(
      `$all = ${script('2>&1')}; $all.Count; $all[0]; $all[1..2] | ForEach-Object { $_.FullyQualifiedErrorId + ' ' + $_.Exception.GetType().Name + ' ' + $_ }`,
    );
    expect(r.output.map((o) => toStringForDisplay(o))).toEqual([
      '3',
      'out',
      'NativeCommandError RemoteException first',
      'NativeCommandErrorMessage RemoteException second',
    ]);
  });

  it('2> file writes the lines to the file', () => {
    const r = createRunspace({ workingDirectory: '/tmp' }).invokeSync(
      `$f = Join-Path ([System.IO.Path]::GetTempPath()) "exosh-stderr-$PID.txt"; ${script('2> $f')}; Get-Content $f; Remove-Item $f`,
    );
    expect(r.output.map((o) => toStringForDisplay(o))).toEqual(['out', 'first', 'second']);
  });
});
