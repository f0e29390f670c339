// PSModuleInfo objects (what Get-Module/Import-Module -PassThru write), their table view, and the
// [psmoduleinfo] / [Microsoft.PowerShell.Commands.ModuleSpecification] types parameters are declared with.
import path from 'node:path';
import type { CommandRuntime } from '../../engine/commands/cmdlet-implementation.js';
import type { SessionStateScope } from '../../engine/session-state/scope.js';
import type { FormatView } from '../../format/view-registry.js';
import { method } from '../../types/method-def.js';
import type { TypeRegistry } from '../../types/type-registry.js';
import { PSHashtable } from '../../values/ps-hashtable.js';
import { PSObject } from '../../values/ps-object.js';
import { PSVersion } from '../../values/ps-version.js';
import { exportedDictionaries } from './module-exports.js';

export const psModuleInfoTypeName = 'System.Management.Automation.PSModuleInfo';
/** The type name Get-Module -ListAvailable puts first: its view groups the modules by module folder. */
export const moduleInfoGroupingTypeName = 'ModuleInfoGrouping';
export const moduleSpecificationTypeName = 'Microsoft.PowerShell.Commands.ModuleSpecification';

/** What a PSModuleInfo shows: a built-in module, a script module or a manifest module. */
export interface ModuleDescription {
  readonly name: string;
  readonly moduleType: 'Script' | 'Manifest' | 'Binary';
  readonly version: string;
  readonly path?: string;
  readonly moduleBase?: string;
  readonly guid?: string;
  readonly author?: string;
  readonly description?: string;
  readonly powerShellVersion?: string;
  readonly prefix?: string;
  /** The manifest's CompatiblePSEditions (pwsh's built-in modules: Core). */
  readonly compatiblePSEditions?: readonly string[];
  readonly functions: readonly string[];
  readonly cmdlets?: readonly string[];
  readonly aliases?: readonly string[];
  readonly variables?: readonly string[];
  /** Where its members were imported (the global scope unless imported from inside a module or with -Scope Local). */
  readonly target?: SessionStateScope;
}

export function moduleInfoObject(rt: CommandRuntime, m: ModuleDescription, grouping = false): PSObject {
  const exported = exportedDictionaries(rt, m);
  return new PSObject({
    typeNames: [...(grouping ? [moduleInfoGroupingTypeName] : []), psModuleInfoTypeName, 'System.Object'],
    isTypeView: true,
    toText: () => m.name,
    properties: [
      ['Name', m.name],
      ['Path', m.path ?? ''],
      ['Description', m.description ?? ''],
      ['ModuleType', m.moduleType],
      ['Version', PSVersion.tryParse(m.version) ?? PSVersion.tryParse('0.0')],
      ['Guid', m.guid ?? '00000000-0000-0000-0000-000000000000'],
      ['Author', m.author ?? ''],
      ['ModuleBase', m.moduleBase ?? ''],
      ['PowerShellVersion', m.powerShellVersion ? PSVersion.tryParse(m.powerShellVersion) : null],
      ['Prefix', m.prefix ?? ''],
      ['CompatiblePSEditions', [...(m.compatiblePSEditions ?? [])]],
      ['ExportedCommands', exported.commands],
      ['ExportedFunctions', exported.functions],
      ['ExportedCmdlets', exported.cmdlets],
      ['ExportedAliases', exported.aliases],
      ['ExportedVariables', exported.variables],
    ],
  });
}

/** pwsh's Module table view: ModuleType, Version, PreRelease, Name, ExportedCommands ($_.ExportedCommands.Keys). */
export const moduleInfoView: FormatView = {
  kind: 'table',
  columns: [
    { label: 'ModuleType', property: 'ModuleType', width: 10, alignment: 'Left' },
    { label: 'Version', property: 'Version', width: 10, alignment: 'Left' },
    { label: 'PreRelease', property: 'PreRelease', width: 10, alignment: 'Left', value: () => '' },
    { label: 'Name', property: 'Name', width: 35, alignment: 'Left' },
    {
      label: 'ExportedCommands',
      property: 'ExportedCommands',
      alignment: 'Left',
      value: (row) => {
        const commands = row instanceof PSObject ? row.getNote('ExportedCommands') : undefined;
        return commands instanceof PSHashtable ? commands.keys() : undefined;
      },
    },
  ],
};

/** The folder a -ListAvailable group is headed by: the module path's grandparent (above a version folder). */
function moduleRoot(modulePath: string): string {
  let dir = path.dirname(modulePath);
  if (PSVersion.tryParse(path.basename(dir)) && /^\d+(\.\d+){1,3}$/.test(path.basename(dir)))
    dir = path.dirname(dir);
  return path.dirname(dir);
}

/** pwsh's ModuleInfoGrouping view: the Module table plus PSEdition, grouped under `    Directory: <folder>`. */
export const moduleInfoGroupingView: FormatView = {
  kind: 'table',
  groupBy: {
    property: 'Path',
    key: (row) => moduleRoot(String((row instanceof PSObject ? row.getNote('Path') : '') ?? '')),
    header: (first) =>
      `    Directory: ${moduleRoot(String((first instanceof PSObject ? first.getNote('Path') : '') ?? ''))}`,
  },
  columns: [
    ...(moduleInfoView.kind === 'table' ? moduleInfoView.columns.slice(0, 4) : []),
    {
      label: 'PSEdition',
      property: 'CompatiblePSEditions',
      width: 9,
      alignment: 'Left',
      value: (row) => {
        const editions = row instanceof PSObject ? row.getNote('CompatiblePSEditions') : undefined;
        const list = Array.isArray(editions) && editions.length > 0 ? editions.map(String) : ['Desktop'];
        return list
          .map((e) => e.slice(0, 4))
          .sort()
          .join(',');
      },
    },
    ...(moduleInfoView.kind === 'table' ? moduleInfoView.columns.slice(4) : []),
  ],
};

/** A ModuleSpecification from a name or a hashtable (ModuleName, ModuleVersion, RequiredVersion, MaximumVersion, GUID). */
function moduleSpecification(spec: unknown): PSObject {
  const get = (key: string) => (spec instanceof PSHashtable ? spec.get(key) : undefined);
  const name = spec instanceof PSHashtable ? get('ModuleName') : spec;
  const version = (key: string) => {
    const v = get(key);
    return v === undefined || v === null ? null : (PSVersion.tryParse(String(v)) ?? null);
  };
  return new PSObject({
    typeNames: [moduleSpecificationTypeName, 'System.Object'],
    isTypeView: true,
    toText: () => String(name ?? ''),
    properties: [
      ['Name', String(name ?? '')],
      ['Guid', get('GUID') ?? null],
      ['Version', version('ModuleVersion')],
      ['MaximumVersion', get('MaximumVersion') ?? null],
      ['RequiredVersion', version('RequiredVersion')],
    ],
  });
}

export function registerModuleTypes(types: TypeRegistry): void {
  types.register({ fullName: psModuleInfoTypeName });
  // The value types of PSModuleInfo's Exported* dictionaries (their GetType() names them).
  const automation = 'System.Management.Automation';
  for (const [name, baseType] of [
    ['CommandInfo', 'System.Object'],
    ['FunctionInfo', `${automation}.CommandInfo`],
    ['CmdletInfo', `${automation}.CommandInfo`],
    ['AliasInfo', `${automation}.CommandInfo`],
    ['PSVariable', 'System.Object'],
  ])
    if (!types.get(`${automation}.${name}`)) types.register({ fullName: `${automation}.${name}`, baseType });
  types.register({
    fullName: moduleSpecificationTypeName,
    constructors: method<null>(
      'new',
      [`${moduleSpecificationTypeName} new(string moduleName)`, (_t, a) => moduleSpecification(String(a[0]))],
      [
        `${moduleSpecificationTypeName} new(hashtable moduleSpecification)`,
        (_t, a) => moduleSpecification(a[0]),
      ],
    ),
  });
}
