// Syntax lines and per-parameter facts for help, from the binder's compiled command (one source of positions and sets).
import {
  commandSyntax,
  compileCommand,
  dotNetTypeName,
  withoutNamespaces,
  type CommandMetadata,
  type CompiledParameter,
} from '@exosh/cmdlet-binding';

/** One parameter as help describes it. */
export interface HelpParameter {
  readonly name: string;
  readonly type: string;
  readonly isSwitch: boolean;
  readonly mandatory: boolean;
  /** 0-based; undefined when named in every set. */
  readonly position: number | undefined;
  readonly pipelineInput: string;
  readonly parameterSets: readonly string[];
  readonly aliases: readonly string[];
}

/** The .NET type's short name (`String`, `Int32[]`), as help built from comments (MAML) shows types. */
export function dotNetShortName(type: string): string {
  return withoutNamespaces(dotNetTypeName(type));
}

/**
 * `Get-Thing [-Name] <string[]> [<CommonParameters>]`, one line per parameter set, default set first; with
 * `dotNetTypes` the types are .NET short names (`<String[]>`), as in help generated from comments. A parameter
 * with a value group (help's parameterValueGroup) shows its values instead: `[-Scope {Process | CurrentUser}]`.
 */
export function syntaxLines(
  metadata: CommandMetadata,
  name = metadata.name,
  dotNetTypes = false,
  valueGroups: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const parameters = metadata.parameters.map((p) => {
    if (p.type.toLowerCase() === 'switch') return p;
    const group = valueGroups.get(p.name.toUpperCase());
    // The group stands where the type would; no type name has braces, so `<{...}>` then loses its brackets.
    if (group) return { ...p, type: `{${group.join(' | ')}}` };
    return dotNetTypes ? { ...p, type: dotNetShortName(p.type) } : p;
  });
  return commandSyntax(compileCommand({ ...metadata, name, parameters })).map((s) =>
    s.text.replace(/<(\{[^<>]*\})>/g, '$1'),
  );
}

/** ToStringCodeMethods.Type with namespaces dropped: accelerator spellings stay, `object` is `Object`. */
export function typeDisplayName(type: string): string {
  if (type.endsWith('[]')) return `${typeDisplayName(type.slice(0, -2))}[]`;
  const short = withoutNamespaces(type);
  return short.toLowerCase() === 'object' ? 'Object' : short;
}

function pipelineInput(p: CompiledParameter): string {
  const byValue = p.records.some((r) => r.valueFromPipeline);
  const byName = p.records.some((r) => r.valueFromPipelineByPropertyName);
  if (byValue) return byName ? 'true (ByValue, ByPropertyName)' : 'true (ByValue)';
  return byName ? 'true (ByPropertyName)' : 'false';
}

/** The command's own parameters (not the common ones), in declaration order. */
export function helpParameters(metadata: CommandMetadata): HelpParameter[] {
  const compiled = compileCommand(metadata);
  return compiled.parameters.slice(0, compiled.ownParameterCount).map((p) => {
    const positions = p.records.map((r) => r.position).filter((n): n is number => n !== undefined);
    const sets = Object.keys(p.metadata.parameterSets ?? {}).filter((s) => s !== '__AllParameterSets');
    return {
      name: p.name,
      type: typeDisplayName(p.type),
      isSwitch: p.isSwitch,
      mandatory: p.mandatoryInSomeSet,
      position: positions.length > 0 ? Math.min(...positions) : undefined,
      pipelineInput: pipelineInput(p),
      parameterSets: sets.length > 0 && !p.inAllSets ? sets : ['(All)'],
      aliases: p.aliases,
    };
  });
}

/** True when the command takes the common parameters (cmdlets and advanced functions). */
export function hasCommonParameters(metadata: CommandMetadata): boolean {
  return metadata.commandType === 'Cmdlet' || metadata.cmdletBinding !== false;
}
