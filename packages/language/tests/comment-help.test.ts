// Comment-based help: found where PowerShell looks for it, sections parsed by keyword.
import { describe, expect, it } from 'vitest';
import { findAll, getHelpContent, parse } from '../src/index.js';
import type { FunctionDefinitionAst } from '../src/index.js';

function functionHelp(source: string, name: string) {
  const r = parse(source);
  const fn = findAll(
    r.ast,
    (n) => n.type === 'FunctionDefinitionAst' && n.name === name,
  )[0] as FunctionDefinitionAst;
  return getHelpContent(fn, r.tokens);
}

describe('comment-based help', () => {
  it('reads the script help block at the top, after #requires', () => {
    const src = [
      '#Requires -Version 5.1',
      '<#',
      '.SYNOPSIS',
      '    Reports mailbox sizes.',
      '.DESCRIPTION',
      '    Connects to Exchange Online',
      '    and exports a CSV.',
      '.PARAMETER CsvPath',
      '    Where to write the report.',
      '.EXAMPLE',
      '    .\\Get-Sizes.ps1 -CsvPath x.csv',
      '.EXAMPLE',
      '    .\\Get-Sizes.ps1',
      '.LINK',
      '    https://learn.microsoft.com',
      '#>',
      'param([string]$CsvPath)',
    ].join('\n');
    const r = parse(src);
    const help = getHelpContent(r.ast, r.tokens);
    expect(help?.synopsis).toBe('Reports mailbox sizes.');
    expect(help?.description).toBe('Connects to Exchange Online\nand exports a CSV.');
    expect(help?.parameters).toEqual({ CSVPATH: 'Where to write the report.' });
    expect(help?.examples).toEqual(['.\\Get-Sizes.ps1 -CsvPath x.csv', '.\\Get-Sizes.ps1']);
    expect(help?.links).toEqual(['https://learn.microsoft.com']);
  });

  it('reads help before a function, at the start of its body, or line comments', () => {
    const before = '# .SYNOPSIS\n# Adds.\nfunction Add-One { param($x) $x + 1 }';
    expect(functionHelp(before, 'Add-One')?.synopsis).toBe('Adds.');
    const inside = 'function Get-X {\n  <#\n  .SYNOPSIS\n  Gets x.\n  #>\n  param()\n  1\n}';
    expect(functionHelp(inside, 'Get-X')?.synopsis).toBe('Gets x.');
    const atEnd = 'function Get-Y {\n  2\n  <# .SYNOPSIS\n  Gets y. #>\n}';
    expect(functionHelp(atEnd, 'Get-Y')?.synopsis).toBe('Gets y.');
  });

  it('ignores ordinary comments and help separated by more than one blank line', () => {
    expect(functionHelp('# just a note\nfunction F { }', 'F')).toBeNull();
    expect(functionHelp('<# .SYNOPSIS x #>\n\n\nfunction G { }', 'G')).toBeNull();
  });
});
