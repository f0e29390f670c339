// The catalog and the implementations agree: every declaration has a handler, every handler a declaration.
import { describe, expect, it } from 'vitest';
import { cmdletCatalog, roleDefinitions } from '../../src/exchange/index.js';
import { cmdletHandlers } from '../../src/exchange/cmdlets/index.js';

describe('cmdlet catalog', () => {
  it('declares at least 30 cmdlets, each implemented, with unique names', () => {
    const names = cmdletCatalog.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(Object.keys(cmdletHandlers).sort()).toEqual([...names].sort());
  });

  it('gives each parameter set at most one parameter per position', () => {
    for (const c of cmdletCatalog) {
      const seen = new Set<string>();
      for (const p of c.parameters)
        for (const s of p.sets ?? [])
          if (s.position !== undefined) {
            const key = `${s.set}:${s.position}`;
            expect(seen.has(key), `${c.name} ${key}`).toBe(false);
            seen.add(key);
          }
    }
  });

  it('marks every write cmdlet with ShouldProcess', () => {
    for (const c of cmdletCatalog)
      if (!/^(Get|Search)-/.test(c.name)) expect(c.supportsShouldProcess, c.name).toBe(true);
  });

  it('grants every role at least one existing cmdlet', () => {
    for (const [role, grant] of Object.entries(roleDefinitions))
      expect(Object.values(grant).flat().length, role).toBeGreaterThan(0);
  });
});
