import { describe, expect, it } from 'vitest';
import { loadTreeSitterPowerShell } from '../src/index.js';

describe('tree-sitter-powershell oracle', () => {
  it('parses a valid pipeline cleanly and flags an unclosed block', async () => {
    const oracle = await loadTreeSitterPowerShell();
    const ok = oracle.parse('Get-Mailbox -ResultSize Unlimited | Select-Object Name\n');
    expect(ok.hasError).toBe(false);
    expect(ok.sexp).toContain('command');
    expect(oracle.parse('if ($x) {').hasError).toBe(true);
  });
});
