// ConciseView of Write-Error's records (pwsh 7.4's ErrorRecord view script): ErrorDetails' message stands for the
// exception's, and a RecommendedAction adds `  Recommendation: <action>` on its own line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRunspace, formatErrorConcise, formatErrorView } from '../../src/index.js';
import { positionMessage } from '../../src/format/index.js';

function concise(script: string, view?: string): string[] {
  const rs = createRunspace({ workingDirectory: process.cwd() });
  try {
    return rs.invokeSync(script).errors.map((e) => (view ? formatErrorView(e, view) : formatErrorConcise(e)));
  } finally {
    rs.dispose();
  }
}

describe('ConciseView with ErrorDetails', () => {
  it('shows -Category errors as `Write-Error: <message>` and the caller as the label inside a function', () => {
    expect(concise('Write-Error -Message m -Category InvalidData')).toEqual(['Write-Error: m']);
    expect(concise('function Get-Thing { Write-Error -Message m -Category InvalidData }; Get-Thing')).toEqual(
      ['Get-Thing: m'],
    );
  });

  it("shows -Message over -Exception's own message, and the recommendation under it", () => {
    expect(
      concise("Write-Error -Exception ([System.ArgumentException]::new('inner')) -Message outer"),
    ).toEqual(['Write-Error: outer']);
    expect(concise("Write-Error -Message 'Mailbox not found.' -RecommendedAction 'Check the name.'")).toEqual(
      ['Write-Error: Mailbox not found.\n  Recommendation: Check the name.'],
    );
    // A blank action adds nothing (IsNullOrWhiteSpace).
    expect(concise("Write-Error -Message m -RecommendedAction ' '")).toEqual(['Write-Error: m']);
  });
});

describe('$ErrorView NormalView and CategoryView (the ErrorRecord view script)', () => {
  it('NormalView: `<command> : <message>`, the position message, then CategoryInfo and the id', () => {
    expect(concise('Get-Item /nope', 'NormalView')).toEqual([
      [
        "Get-Item : Cannot find path '/nope' because it does not exist.",
        'At line:1 char:1',
        '+ Get-Item /nope',
        '+ ~~~~~~~~~~~~~~',
        '+ CategoryInfo          : ObjectNotFound: (/nope:String) [Get-Item], ItemNotFoundException',
        '+ FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand',
      ].join('\n'),
    ]);
  });

  it('CategoryView: the CategoryInfo line alone; an unknown view is the ConciseView', () => {
    expect(concise('Write-Error -Message m -Category InvalidData', 'CategoryView')).toEqual([
      'InvalidData: (:) [Write-Error], WriteErrorException',
    ]);
    expect(concise('Write-Error -Message m', 'ConciseView')).toEqual(['Write-Error: m']);
  });

  it('cuts a long line around the error to 69 columns with `…` (PositionUtilities.VerboseMessage)', () => {
    const at = (lineText: string, error: string) => {
      const start = lineText.indexOf(error);
      return positionMessage({
        line: 3,
        column: start + 1,
        lineText,
        file: '/s.ps1',
        startOffset: 100 + start,
        endOffset: 100 + start + error.length,
      }).split('\n');
    };
    // 41 columns before the error fit: the line is cut after 69 and the 17 squiggles start at 41.
    const tail = `${'a'.repeat(40)} Get-Thing -Name x ${'b'.repeat(40)}`;
    expect(at(tail, 'Get-Thing -Name x')).toEqual([
      'At /s.ps1:3 char:42',
      `+ ${tail.slice(0, 69)} \u2026`,
      `+ ${' '.repeat(41)}${'~'.repeat(17)}`,
    ]);
    // 81 columns before it do not: 53 of them are kept after `… `, with the 5 after the error.
    const head = `${'a'.repeat(80)} Get-Thing x${'b'.repeat(5)}`;
    expect(at(head, 'Get-Thing x')).toEqual([
      'At /s.ps1:3 char:82',
      `+ \u2026 ${head.slice(28)}`,
      `+ ${' '.repeat(55)}${'~'.repeat(11)}`,
    ]);
    // A tab before the error counts four columns.
    expect(positionMessage({ line: 1, column: 2, lineText: '\tx = 1', startOffset: 1, endOffset: 2 })).toBe(
      'At line:1 char:2\n+     x = 1\n+     ~',
    );
  });
});

describe('the error views in $PSStyle.Formatting.Error and ErrorAccent (a VT host)', () => {
  const E = '\x1b[31;1m';
  const A = '\x1b[36;1m';
  const R = '\x1b[0m';
  const colors = { error: E, accent: A, reset: R };

  it('colours a one-line error and its recommendation in Error', () => {
    const rs = createRunspace({});
    const [error] = rs.invokeSync("Write-Error -Message m -RecommendedAction 'Do x.'").errors;
    expect(formatErrorView(error!, 'ConciseView', { colors })).toBe(
      `${E}Write-Error: m${R}\n${E}  Recommendation: Do x.${R}`,
    );
    expect(formatErrorView(error!, 'CategoryView', { colors })).toBe(
      `${E}NotSpecified: (:) [Write-Error], WriteErrorException${R}`,
    );
  });

  it("colours a script file's `Line |` block as the view script: accent gutter and code, Error text", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exosh-errview-'));
    try {
      const file = path.join(dir, 'fails.ps1');
      writeFileSync(file, 'Get-Item /nope\n');
      const rs = createRunspace({ workingDirectory: dir });
      const [error] = rs.invokeSync('Get-Item /nope', { file: { name: file, args: [] } }).errors;
      expect(formatErrorView(error!, 'ConciseView', { colors }).split('\n')).toEqual([
        `${E}Get-Item: ${R}${file}:1`,
        `${A}Line |`,
        `${A}   1 | ${R} ${A}Get-Item /nope${R}`,
        `${A}     | ${E} ~~~~~~~~~~~~~~`,
        `${E}${A}     | ${E}Cannot find path '/nope' because it does not exist.`,
        // The message ends with a line break (a blank line follows it), the reset after it.
        R,
      ]);
      // Without colours, the same layout.
      expect(formatErrorView(error!, 'ConciseView').split('\n')).toEqual([
        `Get-Item: ${file}:1`,
        'Line |',
        '   1 |  Get-Item /nope',
        '     |  ~~~~~~~~~~~~~~',
        "     | Cannot find path '/nope' because it does not exist.",
        '',
      ]);
      // A message wider than the window wraps between words, the gutter on every line.
      expect(formatErrorView(error!, 'ConciseView', { width: 30 }).split('\n').slice(4)).toEqual([
        '     | Cannot find path',
        // Get-TruncatedString cuts at the last whitespace of the 30 columns, even where a word just fits.
        "     | '/nope' because it",
        '     | does not exist.',
        '',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
