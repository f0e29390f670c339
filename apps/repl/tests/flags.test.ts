import { describe, expect, it } from 'vitest';
import { parseFlags } from '../src/cli/flags.js';

describe('shell flags', () => {
  it('accepts pwsh spellings case-insensitively, with prefixes', () => {
    const r = parseFlags([
      '-nop',
      '-NOLOGO',
      '-c',
      'Get-ConnectionInformation',
      '-ModulePrefix',
      'Contoso,Fabrikam',
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.flags.noProfile).toBe(true);
    expect(r.flags.noLogo).toBe(true);
    expect(r.flags.command).toBe('Get-ConnectionInformation -ModulePrefix Contoso,Fabrikam');
  });

  it('treats a bare first argument as the script file and the rest as its arguments', () => {
    const r = parseFlags(['./script.ps1', '-Name', 'x']);
    expect(r.ok && r.flags.file).toBe('./script.ps1');
    expect(r.ok && r.flags.args).toEqual(['-Name', 'x']);
  });

  it("rejects an unknown flag with pwsh's message", () => {
    const r = parseFlags(['-Bogus']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(
      "The argument '-Bogus' is not recognized as the name of a script file.",
    );
  });

  it('reads -OutputFormat and -Emulator', () => {
    const r = parseFlags(['-OutputFormat', 'json', '-Emulator']);
    expect(r.ok && r.flags.outputFormat).toBe('Json');
    expect(r.ok && r.flags.emulator).toBe(true);
  });
});
