// Get-ChildItem on Unix through pwsh's childrenWithUnixStat view, on real files: owner and group from `id`, sizes
// from lstat, times set with utimes; each line compared with the layout pwsh 7.4 prints.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunspace, toStringForDisplay } from '../../src/index.js';
import { consoleLines } from './console-lines.js';

const unix = process.platform !== 'win32';
let dir: string;
let user: string;
let group: string;

/** One row of the view: UnixMode 10, User 10 right, Group 10, LastWriteTime 16 right, Size 12 right, Name. */
/** A long user or group name is cut to 10 columns with `…`: the user (right-aligned) keeps its end. */
const right10 = (v: string) => (v.length > 10 ? `…${v.slice(-9)}` : v.padStart(10));
const left10 = (v: string) => (v.length > 10 ? `${v.slice(0, 9)}…` : v.padEnd(10));
const row = (mode: string, u: string, g: string, time: string, size: string, name: string) =>
  `${mode.padEnd(10)} ${right10(u)} ${left10(g)} ${time.padStart(16)} ${size.padStart(12)} ${name}`;
const header = [
  row('UnixMode', 'User', 'Group', 'LastWriteTime', 'Size', 'Name'),
  row('--------', '----', '-----', '-------------', '----', '----'),
];
const size = (p: string) => String(lstatSync(p).size);
const at = (p: string, d: Date) => utimesSync(p, d, d);

function out(script: string): string {
  const r = createRunspace({ workingDirectory: dir }).invokeSync(script);
  expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual([]);
  return r.output.map((o) => toStringForDisplay(o)).join('\n');
}

beforeAll(() => {
  if (!unix) return;
  user = execFileSync('id', ['-un'], { encoding: 'utf8' }).trim();
  group = execFileSync('id', ['-gn'], { encoding: 'utf8' }).trim();
  dir = mkdtempSync(path.join(tmpdir(), 'exosh-gci-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'inner.txt'), 'abc');
  writeFileSync(path.join(dir, 'data.bin'), Buffer.alloc(3000));
  writeFileSync(path.join(dir, 'Run.sh'), '#!/bin/sh\n');
  writeFileSync(path.join(dir, '.hidden'), '');
  symlinkSync('data.bin', path.join(dir, 'link'));
  chmodSync(path.join(dir, 'sub'), 0o755);
  chmodSync(path.join(dir, 'sub', 'inner.txt'), 0o600);
  chmodSync(path.join(dir, 'data.bin'), 0o640);
  chmodSync(path.join(dir, 'Run.sh'), 0o4755);
  at(path.join(dir, 'sub', 'inner.txt'), new Date(2023, 11, 31, 23, 59, 30));
  at(path.join(dir, 'sub'), new Date(2024, 0, 2, 8, 0));
  at(path.join(dir, 'data.bin'), new Date(2024, 0, 15, 9, 5));
  at(path.join(dir, 'Run.sh'), new Date(2025, 9, 10, 14, 30));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(unix)('Get-ChildItem on Unix (childrenWithUnixStat)', () => {
  it('prints one table under the directory header: directories first, links with their target', () => {
    const linkTime = lstatSync(path.join(dir, 'link')).mtime;
    const t = (d: Date) =>
      `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    expect(out('Get-ChildItem | Out-String').split('\n')).toEqual([
      '',
      `    Directory: ${dir}`,
      '',
      ...header,
      row('drwxr-xr-x', user, group, '1/2/2024 08:00', size(path.join(dir, 'sub')), 'sub'),
      row('-rw-r-----', user, group, '1/15/2024 09:05', '3000', 'data.bin'),
      row('lrwxrwxrwx', user, group, t(linkTime), size(path.join(dir, 'link')), 'link -> data.bin'),
      row('-rwsr-xr-x', user, group, '10/10/2025 14:30', '10', 'Run.sh'),
      '',
      '',
    ]);
  });

  it('starts a new group, after a blank line, for each directory -Recurse visits', () => {
    const lines = out('Get-ChildItem -Recurse -Filter *.txt | Out-String').split('\n');
    expect(lines).toEqual([
      '',
      `    Directory: ${path.join(dir, 'sub')}`,
      '',
      ...header,
      row('-rw-------', user, group, '12/31/2023 23:59', '3', 'inner.txt'),
      '',
      '',
    ]);
    const all = out('Get-ChildItem -Recurse | Out-String -Stream');
    expect(all.match(/^ {4}Directory: .*$/gm)).toEqual([
      `    Directory: ${dir}`,
      `    Directory: ${path.join(dir, 'sub')}`,
    ]);
    expect(out('(Get-ChildItem -Recurse | Out-String) -match "Run.sh\\n\\n    Directory: "')).toBe('True');
  });

  it('wraps a name longer than the rest of the line (Name gets width - 63 columns), between words', () => {
    const lines = out('Get-ChildItem -Filter link | Out-String -Width 70').split('\n');
    // Name is 7 wide: `link -> data.bin` breaks after `link `, then `-> data`, then `.bin`.
    expect(lines.slice(3)).toEqual([
      row('UnixMode', 'User', 'Group', 'LastWriteTime', 'Size', 'Name'),
      row('--------', '----', '-----', '-------------', '----', '----'),
      expect.stringMatching(/^lrwxrwxrwx .* link$/),
      `${' '.repeat(63)}-> data`,
      `${' '.repeat(63)}.bin`,
      '',
      '',
    ]);
  });

  it("gives the objects pwsh's UnixStat properties and keeps the FileInfo ones", () => {
    const text = out(
      "$f = Get-Item ./Run.sh; $f.UnixMode, $f.User, $f.Group, $f.Size, $f.Length, $f.Mode, $f.PSParentPath, $f.LastWriteTime.ToString('yyyy-MM-dd HH:mm') -join '|'",
    );
    expect(text).toBe(
      [
        '-rwsr-xr-x',
        user,
        group,
        '10',
        '10',
        '-----',
        `Microsoft.PowerShell.Core\\FileSystem::${dir}`,
        '2025-10-10 14:30',
      ].join('|'),
    );
  });

  it('Format-Table shows the same view; -AutoSize sizes each column to its label or widest cell', () => {
    expect(out('Get-ChildItem -Filter data.bin | Format-Table | Out-String')).toBe(
      out('Get-ChildItem -Filter data.bin | Out-String'),
    );
    const u = Math.max(4, user.length);
    const g = Math.max(5, group.length);
    const auto = (m: string, us: string, gr: string, t: string, sz: string, n: string) =>
      `${m.padEnd(10)} ${us.padStart(u)} ${gr.padEnd(g)} ${t.padStart(15)} ${sz.padStart(4)} ${n}`;
    expect(out('Get-ChildItem -Filter data.bin | Format-Table -AutoSize | Out-String').split('\n')).toEqual([
      '',
      `    Directory: ${dir}`,
      '',
      auto('UnixMode', 'User', 'Group', 'LastWriteTime', 'Size', 'Name'),
      auto('--------', '----', '-----', '-------------', '----', '----'),
      auto('-rw-r-----', user, group, '1/15/2024 09:05', '3000', 'data.bin'),
      '',
      '',
    ]);
  });

  it('sets the modification time through LastWriteTime', () => {
    out("(Get-Item ./data.bin).LastWriteTime = [datetime]'2022-03-04 05:06:07'");
    const m = lstatSync(path.join(dir, 'data.bin')).mtime;
    expect([
      m.getFullYear(),
      m.getMonth() + 1,
      m.getDate(),
      m.getHours(),
      m.getMinutes(),
      m.getSeconds(),
    ]).toEqual([2022, 3, 4, 5, 6, 7]);
    at(path.join(dir, 'data.bin'), new Date(2024, 0, 15, 9, 5));
    const r = createRunspace({ workingDirectory: dir }).invokeSync(
      "$f = Get-Item ./data.bin; $f.LastWriteTime = 'not a date'",
    );
    expect(r.errors.map((e) => e.fullyQualifiedErrorId)).toEqual(['ExceptionWhenSetting']);
    expect(lstatSync(path.join(dir, 'data.bin')).mtime.getFullYear()).toBe(2024);
  });
});

describe.runIf(unix)(
  "Get-ChildItem | Format-Table/-Wide -View (pwsh's other FileSystem views by name)",
  () => {
    /** The `children` table: Mode 7, LastWriteTime 26 right (`{0,10:d} {0,8:t}`), Length 14 right, Name. */
    const childrenRow = (mode: string, time: string, length: string, name: string) =>
      `${mode.padEnd(7)} ${time.padStart(26)} ${length.padStart(14)} ${name}`;

    it('-View children shows the Windows table (Mode, LastWriteTime, Length, Name) under the directory header', () => {
      expect(
        out('Get-ChildItem -Filter *.bin | Format-Table -View children | Out-String').split('\n'),
      ).toEqual([
        '',
        `    Directory: ${dir}`,
        '',
        childrenRow('Mode', 'LastWriteTime', 'Length', 'Name'),
        childrenRow('----', '-------------', '------', '----'),
        childrenRow('-----', ' 1/15/2024  9:05 AM', '3000', 'data.bin'),
        '',
        '',
      ]);
      const sub = out('Get-ChildItem -Filter sub | Format-Table -View childrenWithHardlink | Out-String');
      expect(sub.split('\n')[5]).toBe(childrenRow('d----', '  1/2/2024  8:00 AM', '', 'sub'));
      // The default table is still childrenWithUnixStat, by its name too.
      expect(out('Get-ChildItem | Format-Table -View childrenWithUnixStat | Out-String')).toBe(
        out('Get-ChildItem | Out-String'),
      );
    });

    it('-View children of Format-Wide is the default wide view: names, directories in brackets', () => {
      const wide = out('Get-ChildItem -Filter s* | Format-Wide -View children -Column 1 | Out-String');
      expect(wide.split('\n').map((l) => l.trimEnd())).toEqual([
        '',
        `    Directory: ${dir}`,
        '',
        '[sub]',
        '',
        '',
      ]);
      expect(out('Get-ChildItem | Format-Wide | Out-String')).toBe(
        out('Get-ChildItem | Format-Wide -View children | Out-String'),
      );
    });
  },
);

describe.runIf(unix)('Get-ChildItem | Format-List (the children list view)', () => {
  /** DateTime's en-US general text, as a list shows it: `1/15/2024 9:05:00 AM`. */
  const general = (d: Date) => {
    const h = d.getHours() % 12 || 12;
    const mm = String(d.getMinutes()).padStart(2, '0');
    const ss = String(d.getSeconds()).padStart(2, '0');
    return `${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${h}:${mm}:${ss} ${d.getHours() < 12 ? 'AM' : 'PM'}`;
  };
  const created = (p: string) => general(lstatSync(p).birthtime);
  const pad = ' '.repeat(17);

  it("lists a file's Name, Length, times, Mode, link and VersionInfo under the directory header", () => {
    const file = path.join(dir, 'data.bin');
    const when = general(new Date(2024, 0, 15, 9, 5));
    expect(out('Get-ChildItem -Filter data.bin | Format-List | Out-String').split('\n')).toEqual([
      '',
      `    Directory: ${dir}`,
      '',
      '',
      'Name           : data.bin',
      'Length         : 3000',
      `CreationTime   : ${created(file)}`,
      `LastWriteTime  : ${when}`,
      `LastAccessTime : ${when}`,
      'Mode           : -----',
      'LinkType       :',
      'Target         :',
      `VersionInfo    : File:             ${file}`,
      `${pad}InternalName:     `,
      `${pad}OriginalFilename: `,
      `${pad}FileVersion:      `,
      `${pad}FileDescription:  `,
      `${pad}Product:          `,
      `${pad}ProductVersion:   `,
      `${pad}Debug:            False`,
      `${pad}Patched:          False`,
      `${pad}PreRelease:       False`,
      `${pad}PrivateBuild:     False`,
      `${pad}SpecialBuild:     False`,
      `${pad}Language:         `,
      pad,
      '',
      '',
      '',
    ]);
  });

  it('lists a directory without Length and VersionInfo; a link with its LinkType and Target', () => {
    const sub = path.join(dir, 'sub');
    const lines = out('Get-ChildItem -Filter sub | Format-List | Out-String').split('\n');
    expect(lines.slice(3, 12)).toEqual([
      '',
      'Name           : sub',
      `CreationTime   : ${created(sub)}`,
      `LastWriteTime  : ${general(new Date(2024, 0, 2, 8, 0))}`,
      expect.stringMatching(/^LastAccessTime : \d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M$/),
      'Mode           : d----',
      'LinkType       :',
      'Target         :',
      '',
    ]);
    const link = out('Get-ChildItem -Filter link | Format-List LinkType, Target | Out-String');
    expect(link.split('\n').filter((l) => l !== '')).toEqual([
      'LinkType : SymbolicLink',
      'Target   : data.bin',
    ]);
    expect(
      out(
        '(Get-ChildItem -Filter link | Format-List | Out-String) -match "LinkType       : SymbolicLink\\nTarget         : data.bin"',
      ),
    ).toBe('True');
  });

  it('starts a group (blank, header, blank) for each directory; -Property lists no groups', () => {
    const text = out('Get-ChildItem -Recurse -Filter in*.txt | Format-List | Out-String');
    expect(
      text.startsWith(`\n    Directory: ${path.join(dir, 'sub')}\n\n\nName           : inner.txt\n`),
    ).toBe(true);
    const plain = out('Get-ChildItem -Filter data.bin | Format-List Name, Length | Out-String');
    expect(plain.split('\n')).toEqual(['', 'Name   : data.bin', 'Length : 3000', '', '', '']);
  });

  it('VersionInfo is a FileVersionInfo (by type name) with empty fields outside Windows', () => {
    expect(
      out(
        "$v = (Get-Item ./data.bin).VersionInfo; $v.pstypenames[0], $v.FileName, $v.IsDebug, ($null -eq $v.ProductVersion) -join '|'",
      ),
    ).toBe(`System.Diagnostics.FileVersionInfo|${path.join(dir, 'data.bin')}|False|True`);
  });
});

describe.runIf(unix)('Get-ChildItem on a VT host ($PSStyle.FileInfo)', () => {
  /** What the console shows: the runspace's views rendered with VT, under its $PSStyle. */
  function shown(script: string): string[] {
    const rs = createRunspace({ workingDirectory: dir });
    const r = rs.invokeSync(script);
    return consoleLines(rs, r.output);
  }

  it('shows directories, links and executables in their style, other files plain, columns as wide as before', () => {
    const lines = shown('Get-ChildItem');
    const plain = out('Get-ChildItem | Out-String').split('\n');
    // The header in $PSStyle.Formatting.TableHeader, cell by cell (every label is a FileInfo property).
    const cells = (l: string) => [0, 10, 21, 32, 49, 62].map((at, i, all) => l.slice(at, all[i + 1]));
    const [labels, rules] = header.map(cells) as [string[], string[]];
    expect(lines.slice(3, 5)).toEqual([
      labels.map((c) => `\x1b[32;1m${c}\x1b[0m`).join(''),
      rules.map((c, i) => (i > 0 ? ` \x1b[32;1m${c.slice(1)}\x1b[0m` : `\x1b[32;1m${c}\x1b[0m`)).join(''),
    ]);
    // The Name column starts at 63 either way: the other columns keep their widths.
    expect(lines.slice(5, 9).map((l) => l.slice(0, 63))).toEqual(
      plain.slice(5, 9).map((l) => l.slice(0, 63)),
    );
    expect(lines.slice(5, 9).map((l) => l.slice(63))).toEqual([
      '\x1b[44;1msub\x1b[0m',
      'data.bin',
      '\x1b[36;1mlink\x1b[0m -> data.bin',
      '\x1b[32;1mRun.sh\x1b[0m',
    ]);
  });

  it("follows the script's $PSStyle.FileInfo, and adds nothing where VT is not shown", () => {
    const lines = shown('$PSStyle.FileInfo.Directory = "`e[35m"; Get-ChildItem -Filter sub');
    expect(lines[5]?.endsWith(' \x1b[35msub\x1b[0m')).toBe(true);
    expect(out('Get-ChildItem | Out-String')).not.toContain('\x1b');
  });
});
