// $PSHOME in the shell is its install folder, the one holding bin/exosh.js (pwsh's is the folder of its binaries), so
// $PSHOME/Modules, the last default PSModulePath entry, is a folder of the shell's own.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags } from '../src/cli/flags.js';
import { createSession } from '../src/host/create-session.js';

describe('$PSHOME', () => {
  it('is the folder holding bin/exosh.js', () => {
    const parsed = parseFlags(['-NoProfile', '-Command', '$PSHOME']);
    if (!parsed.ok) throw new Error(parsed.message);
    const session = createSession(parsed.flags, false);
    const r = session.runspace.invokeSync(
      "$PSHOME; Test-Path (Join-Path $PSHOME 'bin/exosh.js'); ($env:PSModulePath -split [IO.Path]::PathSeparator) -contains (Join-Path $PSHOME 'Modules')",
    );
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([path.resolve(import.meta.dirname, '..'), true, true]);
  });
});
