import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TypeAccelerators, acceleratorFor } from '../../src/types/index.js';
import { registry } from './helpers.js';

interface Fixture {
  readonly cases: ReadonlyArray<{ readonly accelerator: string; readonly type: string }>;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/type-accelerators.json', import.meta.url), 'utf8'),
) as Fixture;

describe('type accelerators (PowerShell TypeAccelerator.Tests.ps1)', () => {
  it('covers every built-in accelerator', () => {
    expect(fixture.cases.length).toBe(106);
    expect(Object.keys(TypeAccelerators).length).toBe(fixture.cases.length);
  });

  it.each(fixture.cases.map((c) => [c.accelerator, c.type]))('[%s] is %s', (accelerator, type) => {
    expect(acceleratorFor(accelerator)?.toLowerCase()).toBe(type.toLowerCase());
    expect(acceleratorFor(accelerator.toUpperCase())?.toLowerCase()).toBe(type.toLowerCase());
    expect(registry.resolve(accelerator).fullName.toLowerCase()).toBe(type.toLowerCase());
  });
});
