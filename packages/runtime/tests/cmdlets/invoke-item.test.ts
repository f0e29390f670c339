// Invoke-Item without opening anything: -WhatIf shows the items a wildcard resolves to, and with no desktop
// handler on PATH a file is pwsh's InvokeDefaultActionProviderException.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRunspace, type StreamRecord } from '../../src/index.js';

let dir: string;
let savedPath: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'exosh-ii-'));
  for (const f of ['a.txt', 'b.txt', 'c.log']) writeFileSync(path.join(dir, f), 'x');
  savedPath = process.env['PATH'];
});
afterEach(() => {
  process.env['PATH'] = savedPath;
  rmSync(dir, { recursive: true, force: true });
});

function run(script: string) {
  const shown: string[] = [];
  const rs = createRunspace({ workingDirectory: dir });
  const result = rs.invokeSync(script, {
    onRecord: (r: StreamRecord) => {
      if (r.stream === 'information' && r.value.hostMessage) shown.push(r.value.hostMessage.text);
    },
  });
  return { shown, errors: result.errors.map((e) => e.fullyQualifiedErrorId), result };
}

describe('Invoke-Item', () => {
  it('-WhatIf names each item a wildcard matches (and -Exclude drops), opening none', () => {
    const r = run('Invoke-Item *.txt, *.log -Exclude b* -WhatIf');
    expect(r.errors).toEqual([]);
    expect(r.shown).toEqual(
      ['a.txt', 'c.log'].map(
        (f) => `What if: Performing the operation "Invoke Item" on target "Item: ${path.join(dir, f)}".`,
      ),
    );
  });

  it('without xdg-open/open on PATH a document is InvokeDefaultActionProviderException', () => {
    process.env['PATH'] = path.join(dir, 'no-bin');
    const r = run("Invoke-Item a.txt; 'after'");
    expect(r.errors).toEqual([
      'InvokeDefaultActionProviderException,Microsoft.PowerShell.Commands.InvokeItemCommand',
    ]);
    expect(r.result.errors[0]?.exception.message).toContain(`failed for path '${path.join(dir, 'a.txt')}'`);
  });
});
