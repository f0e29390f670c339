// [System.Environment]: NewLine, MachineName, UserName, OSVersion, ProcessorCount, variables, GetFolderPath (per-OS mapping).
import { availableParallelism, homedir, hostname, release, userInfo } from 'node:os';
import { join } from 'node:path';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { PSVersion } from '../../values/ps-version.js';
import { enumName, methodEnum } from '../enum-tables.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { num, prop, str } from './define.js';

const isWindows = process.platform === 'win32';
const env = (name: string): string | undefined => process.env[name];

function osVersion(): PSObject {
  const nums = release()
    .split(/[.-]/)
    .map(Number)
    .filter((n) => Number.isInteger(n));
  const version = new PSVersion(nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0, 0);
  const platform = isWindows ? 'Win32NT' : 'Unix';
  return new PSObject({
    typeNames: ['System.OperatingSystem', 'System.Object'],
    properties: [
      ['Platform', platform],
      ['ServicePack', ''],
      ['Version', version],
      ['VersionString', `${isWindows ? 'Microsoft Windows NT' : 'Unix'} ${version.toString()}`],
    ],
  });
}

/** Environment.GetFolderPath as .NET maps SpecialFolder on this OS (XDG directories off Windows). */
export function folderPath(folder: string): string {
  const home = homedir();
  if (isWindows) {
    const winEnv: Record<string, string | undefined> = {
      UserProfile: env('USERPROFILE'),
      ApplicationData: env('APPDATA'),
      LocalApplicationData: env('LOCALAPPDATA'),
      CommonApplicationData: env('ProgramData'),
      MyDocuments: join(home, 'Documents'),
      Personal: join(home, 'Documents'),
      Desktop: join(home, 'Desktop'),
      DesktopDirectory: join(home, 'Desktop'),
      MyMusic: join(home, 'Music'),
      MyPictures: join(home, 'Pictures'),
      MyVideos: join(home, 'Videos'),
      ProgramFiles: env('ProgramFiles'),
      ProgramFilesX86: env('ProgramFiles(x86)'),
      Windows: env('SystemRoot'),
      System: env('SystemRoot') ? join(env('SystemRoot')!, 'System32') : undefined,
      Temp: env('TEMP'),
    };
    return winEnv[folder] ?? '';
  }
  const config = env('XDG_CONFIG_HOME') || join(home, '.config');
  const data = env('XDG_DATA_HOME') || join(home, '.local', 'share');
  const unix: Record<string, string> = {
    UserProfile: home,
    Personal: home,
    MyDocuments: home,
    ApplicationData: config,
    LocalApplicationData: data,
    CommonApplicationData: '/usr/share',
    Desktop: join(home, 'Desktop'),
    DesktopDirectory: join(home, 'Desktop'),
    MyMusic: join(home, 'Music'),
    MyPictures: join(home, 'Pictures'),
    MyVideos: join(home, 'Videos'),
    Templates: join(home, 'Templates'),
    Fonts: join(home, '.fonts'),
    CommonTemplates: '/usr/share/templates',
  };
  return unix[folder] ?? '';
}

export const EnvironmentType: TypeInfoInit = {
  fullName: 'System.Environment',
  staticProperties: [
    prop('NewLine', 'string', () => (isWindows ? '\r\n' : '\n')),
    prop('MachineName', 'string', () => hostname().split('.')[0] ?? ''),
    prop('UserName', 'string', () => userInfo().username),
    prop('UserDomainName', 'string', () =>
      isWindows ? (env('USERDOMAIN') ?? '') : (hostname().split('.')[0] ?? ''),
    ),
    prop('OSVersion', 'System.OperatingSystem', osVersion),
    prop('ProcessorCount', 'int', () => availableParallelism()),
    prop('Is64BitOperatingSystem', 'bool', () => ['x64', 'arm64', 'ppc64', 's390x'].includes(process.arch)),
    prop('Is64BitProcess', 'bool', () => ['x64', 'arm64', 'ppc64', 's390x'].includes(process.arch)),
    prop('CurrentDirectory', 'string', () => process.cwd()),
    prop('ProcessId', 'int', () => process.pid),
    prop('TickCount', 'int', () => Math.trunc(performance.now()) & 0x7fffffff),
    prop('TickCount64', 'long', () => Math.trunc(performance.now())),
    prop('UserInteractive', 'bool', () => Boolean(process.stdin.isTTY)),
    prop('SystemDirectory', 'string', () =>
      isWindows ? join(env('SystemRoot') ?? 'C:\\Windows', 'system32') : '',
    ),
    prop('Version', 'version', () => new PSVersion(8, 0, 0, 0)),
    prop('CommandLine', 'string', () => process.argv.join(' ')),
  ],
  staticMethods: [
    method<null>(
      'GetEnvironmentVariable',
      ['static string GetEnvironmentVariable(string variable)', (_t, a) => env(str(a[0])) ?? null],
      // Off Windows only the Process target exists; User/Machine read nothing, as .NET does.
      [
        'static string GetEnvironmentVariable(string variable, System.EnvironmentVariableTarget target)',
        (_t, a) => (num(a[1]) === 0 || isWindows ? (env(str(a[0])) ?? null) : null),
      ],
    ),
    method<null>(
      'SetEnvironmentVariable',
      [
        'static void SetEnvironmentVariable(string variable, string value)',
        (_t, a) => {
          if (a[1] === null || a[1] === '') delete process.env[str(a[0])];
          else process.env[str(a[0])] = str(a[1]);
        },
      ],
      [
        'static void SetEnvironmentVariable(string variable, string value, System.EnvironmentVariableTarget target)',
        (_t, a) => {
          if (num(a[2]) !== 0) return;
          if (a[1] === null || a[1] === '') delete process.env[str(a[0])];
          else process.env[str(a[0])] = str(a[1]);
        },
      ],
    ),
    method<null>('GetEnvironmentVariables', [
      'static System.Collections.IDictionary GetEnvironmentVariables()',
      () =>
        PSHashtable.from(
          Object.entries(process.env).filter(([, v]) => v !== undefined),
          { caseSensitive: !isWindows },
        ),
    ]),
    method<null>('ExpandEnvironmentVariables', [
      'static string ExpandEnvironmentVariables(string name)',
      (_t, a) => str(a[0]).replace(/%([^%]+)%/g, (whole, n: string) => env(n) ?? whole),
    ]),
    method<null>('GetFolderPath', [
      'static string GetFolderPath(System.Environment+SpecialFolder folder)',
      (_t, a) => folderPath(enumName(methodEnum('SpecialFolder')!, num(a[0]))),
    ]),
    method<null>('GetCommandLineArgs', ['static string[] GetCommandLineArgs()', () => [...process.argv]]),
    method<null>('GetLogicalDrives', [
      'static string[] GetLogicalDrives()',
      () => (isWindows ? ['C:\\'] : ['/']),
    ]),
  ],
};
