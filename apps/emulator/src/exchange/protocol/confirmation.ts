// The ShouldProcess text returned as `@adminapi.confirmationmessage` for -Confirm/-WhatIf validation calls.
import type { BoundParameters } from '../binding/bound-parameters.js';
import type { CmdletDeclaration } from '../catalog/types.js';
import type { JsonValue } from '../types.js';

export function wantsConfirmation(cmdlet: CmdletDeclaration, bound: BoundParameters): boolean {
  if (!cmdlet.supportsShouldProcess) return false;
  return isTrue(bound.common.get('Confirm')) || isTrue(bound.common.get('WhatIf'));
}

function isTrue(v: JsonValue | undefined): boolean {
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

export function confirmationMessage(cmdlet: CmdletDeclaration, bound: BoundParameters): string {
  const template = cmdlet.confirmationMessage ?? `Running "${cmdlet.name}".`;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = bound.values.get(name);
    if (Array.isArray(v)) return v.join(', ');
    if (v !== null && typeof v === 'object') return JSON.stringify(v);
    return v === undefined || v === null ? '' : String(v);
  });
}
