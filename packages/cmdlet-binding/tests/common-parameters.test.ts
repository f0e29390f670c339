// The common parameters table: order, aliases, and ShouldProcess-only members.
import { describe, expect, it } from 'vitest';
import { actionPreferenceValues, commonParametersFor } from '../src/index.js';

describe('common parameters', () => {
  it('adds WhatIf and Confirm only with SupportsShouldProcess', () => {
    const plain = commonParametersFor(false).map((p) => p.name);
    const sp = commonParametersFor(true).map((p) => p.name);
    expect(plain).not.toContain('WhatIf');
    expect(sp.slice(-2)).toEqual(['WhatIf', 'Confirm']);
    expect(plain[0]).toBe('Verbose');
  });

  it('has no alias that collides with another name or alias', () => {
    const all = commonParametersFor(true).flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it('numbers ActionPreference as PowerShell does', () => {
    expect(actionPreferenceValues.indexOf('Continue')).toBe(2);
    expect(actionPreferenceValues.indexOf('Ignore')).toBe(4);
    expect(actionPreferenceValues.indexOf('Break')).toBe(6);
  });

  it('uses infa, not ia, for InformationAction', () => {
    const info = commonParametersFor(false).find((p) => p.name === 'InformationAction');
    expect(info?.aliases).toEqual(['infa']);
  });
});
