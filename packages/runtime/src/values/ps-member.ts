// PSMemberInfo: the extended members a PSObject carries (NoteProperty, ScriptProperty, AliasProperty, ...).
import type { ScriptBlockLike } from './script-block-like.js';

export interface PSNoteProperty {
  readonly memberType: 'NoteProperty';
  readonly name: string;
  value: unknown;
}

export interface PSScriptProperty {
  readonly memberType: 'ScriptProperty';
  readonly name: string;
  readonly getterScript: ScriptBlockLike | null;
  readonly setterScript: ScriptBlockLike | null;
}

export interface PSAliasProperty {
  readonly memberType: 'AliasProperty';
  readonly name: string;
  readonly referencedMemberName: string;
  /** Optional conversion type name (Add-Member -SecondValue). */
  readonly conversionType?: string;
}

/** A property computed by host code (CodeProperty in PowerShell); `self` is the owning PSObject. */
export interface PSCodeProperty {
  readonly memberType: 'CodeProperty';
  readonly name: string;
  readonly get: (self: unknown) => unknown;
  readonly set?: (self: unknown, value: unknown) => void;
}

export interface PSScriptMethod {
  readonly memberType: 'ScriptMethod';
  readonly name: string;
  readonly script: ScriptBlockLike;
}

/** A method implemented by host code (CodeMethod in PowerShell). */
export interface PSCodeMethod {
  readonly memberType: 'CodeMethod';
  readonly name: string;
  readonly invoke: (self: unknown, args: readonly unknown[]) => unknown;
}

export type PSPropertyInfo = PSNoteProperty | PSScriptProperty | PSAliasProperty | PSCodeProperty;
export type PSMethodInfo = PSScriptMethod | PSCodeMethod;
export type PSMemberInfo = PSPropertyInfo | PSMethodInfo;

export function isPropertyMember(member: PSMemberInfo): member is PSPropertyInfo {
  return member.memberType !== 'ScriptMethod' && member.memberType !== 'CodeMethod';
}
