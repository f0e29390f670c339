// `#requires` of a script file, checked before it runs (`& ./x.ps1`, `. ./x.ps1`, exosh -File, a module file), as
// pwsh's CommandDiscovery.VerifyScriptRequirements: elevation, PowerShell version, edition, then modules (imported if
// needed); a script run as a command (not a module file) then must not name a shell id.
import type { Extent, ScriptRequirements } from '@exosh/language';
import type { ExecutionContext } from '../execution-context.js';
import { runtimeError } from '../evaluator/errors.js';
import type { ScriptBlock } from '../script-block.js';
import { PSHashtable } from '../../values/ps-hashtable.js';

/**
 * Makes one `-Modules` entry available: loaded already, or imported now. `spec` is a module name or path, or the
 * text of a ModuleSpecification hashtable. The module support registers it.
 */
export type RequiredModuleLoader = (spec: string, extent: Extent) => RequiredModuleResult;

/** Whether the module is there, and its name as the ScriptRequiresMissingModules message lists it. */
export interface RequiredModuleResult {
  readonly loaded: boolean;
  readonly name: string;
}

const loaders = new WeakMap<ExecutionContext, RequiredModuleLoader>();

export function setRequiredModuleLoader(ctx: ExecutionContext, loader: RequiredModuleLoader): void {
  loaders.set(ctx, loader);
}

function versionTable(ctx: ExecutionContext): PSHashtable | undefined {
  const table = ctx.sessionState.global.variables.get('psversiontable')?.value;
  return table instanceof PSHashtable ? table : undefined;
}

/** System.Version text of a `#requires -Version` value (Utils.StringToVersion adds `.0` to a bare major). */
function versionParts(text: string): number[] {
  const bare = text.trim().replace(/^(['"])(.*)\1$/, '$2');
  return (bare.includes('.') ? bare : `${bare}.0`).split('.').map((p) => Number(p.trim()));
}

/** PSVersionInfo.IsValidPSVersion: the versions this PowerShell can run scripts for (7.x up to its own minor). */
function isValidPSVersion([major = 0, minor = 0]: number[], current: number[]): boolean {
  switch (major) {
    case 1:
    case 2:
    case 3:
    case 4:
      return minor === 0;
    case 5:
      return minor === 0 || minor === 1;
    case 6:
      return minor <= 2;
    case 7:
      return minor <= (current[1] ?? 0);
    default:
      return false;
  }
}

/** pwsh's Utils.IsAdministrator: true on Unix (the check is left to the operation); Windows is not checked yet. */
function isAdministrator(): boolean {
  return true;
}

export function verifyScriptRequirements(
  ctx: ExecutionContext,
  block: ScriptBlock,
  scriptName: string,
): void {
  const requirements: ScriptRequirements | null = block.ast.scriptRequirements;
  if (!requirements) return;
  if (requirements.requiresElevation && !isAdministrator())
    throw runtimeError('ScriptRequiresElevation', undefined, scriptName);
  const table = versionTable(ctx);
  const current = String(table?.get('PSVersion') ?? '');
  if (requirements.requiredPSVersion !== null) {
    const wanted = versionParts(requirements.requiredPSVersion);
    if (!isValidPSVersion(wanted, versionParts(current)))
      throw runtimeError(
        'ScriptRequiresUnmatchedPSVersion',
        undefined,
        scriptName,
        wanted.join('.'),
        current,
      );
  }
  const editions = requirements.requiredPSEditions;
  const edition = String(table?.get('PSEdition') ?? 'Core');
  if (editions.length > 0 && !editions.some((e) => e.toLowerCase() === edition.toLowerCase()))
    throw runtimeError(
      'ScriptRequiresUnmatchedPSEdition',
      undefined,
      scriptName,
      editions.join(','),
      edition,
    );
  const loader = loaders.get(ctx);
  for (const spec of requirements.requiredModules) {
    const result = loader?.(spec, block.ast.extent) ?? { loaded: false, name: spec };
    if (!result.loaded)
      throw runtimeError('ScriptRequiresMissingModules', undefined, scriptName, result.name);
  }
}

/**
 * CommandDiscovery.CreateScriptProcessorForSingleShell: a script file run as a command (`&`, `.`, -File) has its
 * requirements checked, then is refused if it names any `#requires -ShellId` (pwsh 7.4 has no shell a script can
 * require; even its own `Microsoft.PowerShell` is refused). A module file is not checked for it.
 */
export function verifyExternalScriptRequirements(
  ctx: ExecutionContext,
  block: ScriptBlock,
  scriptName: string,
): void {
  verifyScriptRequirements(ctx, block, scriptName);
  const shellId = block.ast.scriptRequirements?.requiredApplicationId;
  if (shellId !== null && shellId !== undefined && shellId !== '')
    throw runtimeError('RequiresShellIDInvalidForSingleShell', undefined, scriptName);
}
