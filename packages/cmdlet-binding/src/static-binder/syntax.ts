// Syntax lines per parameter set, as `Get-Command -Syntax` prints them (CommandParameterSetInfo.ToString).
import {
  AllSets,
  type CompiledCommand,
  type CompiledParameter,
  type CompiledSetRecord,
} from '../compile/compiled-types.js';
import { commonParametersFor } from '../common-parameters/index.js';
import { AllParameterSets } from '../metadata/types.js';

export interface ParameterSetSyntax {
  readonly parameterSetName: string;
  readonly isDefault: boolean;
  /** e.g. `Get-ConnectionInformation -ModulePrefix <string[]> [<CommonParameters>]`. */
  readonly text: string;
}

/** A type name without its namespaces, generic arguments' too: `FlagsExpression[FileAttributes]`. */
export function withoutNamespaces(type: string): string {
  return type.replace(/(?:\w+\.)+(?=\w)/g, '');
}

/** ToStringCodeMethods.Type with namespaces dropped: accelerators stay lower case, System.Object is Object. */
function typeText(type: string): string {
  const lower = type.toLowerCase();
  if (lower === 'object') return 'Object';
  if (lower === 'object[]') return 'Object[]';
  return withoutNamespaces(type);
}

const collapsed = new Set(commonParametersFor(false).map((p) => p.name));

function recordFor(p: CompiledParameter, flag: number): CompiledSetRecord | undefined {
  return p.records.find((r) => r.setFlag === flag && flag !== 0) ?? p.records.find((r) => r.setFlag === 0);
}

function formatParameter(p: CompiledParameter, r: CompiledSetRecord): string {
  if (p.isSwitch) return r.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const type = typeText(p.type);
  const positional = r.position !== undefined;
  if (r.mandatory) return positional ? `[-${p.name}] <${type}>` : `-${p.name} <${type}>`;
  return positional ? `[[-${p.name}] <${type}>]` : `[-${p.name} <${type}>]`;
}

/** The parameters of one set in display order: positional by position, named mandatory, named optional. */
function setText(command: CompiledCommand, flag: number): string {
  const positional: (readonly [CompiledParameter, CompiledSetRecord])[] = [];
  const mandatory: string[] = [];
  const optional: string[] = [];
  let common = 0;
  for (const p of command.parameters) {
    const r = recordFor(p, flag);
    if (r === undefined) continue;
    // The common parameters collapse into one `[<CommonParameters>]`; WhatIf/Confirm and paging stay listed.
    if (p.isCommon && collapsed.has(p.name)) {
      common++;
      continue;
    }
    if (r.position !== undefined) positional.push([p, r]);
    else if (r.mandatory) mandatory.push(formatParameter(p, r));
    else optional.push(formatParameter(p, r));
  }
  // PowerShell puts each parameter at its position's slot; a later one at the same slot replaces it.
  const slots = new Map<number, string>();
  for (const [p, r] of positional) slots.set(r.position as number, formatParameter(p, r));
  const ordered = [...slots.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  const parts = [...ordered, ...mandatory, ...optional];
  if (common > 0) parts.push('[<CommonParameters>]');
  return parts.join(' ');
}

/** One line per parameter set (the default set first, as it holds bit 0); one line when there are no sets. */
export function commandSyntax(command: CompiledCommand): ParameterSetSyntax[] {
  const names = command.setNames;
  if (names.length === 0) {
    return [
      {
        parameterSetName: AllParameterSets,
        isDefault: true,
        text: `${command.name} ${setText(command, AllSets)}`.trimEnd(),
      },
    ];
  }
  return names.map((name, i) => ({
    parameterSetName: name,
    isDefault: command.defaultSetFlag !== 0 && i === 0,
    text: `${command.name} ${setText(command, 2 ** i)}`.trimEnd(),
  }));
}
