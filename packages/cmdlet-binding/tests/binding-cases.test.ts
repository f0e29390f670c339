// Runs every case table: metadata + command line -> set and $PSBoundParameters, or PowerShell's error.
import { describe, expect, it } from 'vitest';
import {
  bindCommandLine,
  compileCommand,
  defaultConverter,
  ParameterBindingException,
} from '../src/index.js';
import { commandLine } from './support/command-line.js';
import type { BindCase, ErrorExpectation } from './support/cases.js';
import { seedCases } from './cases/seed.cases.js';
import { engineCases } from './cases/engine.cases.js';
import { commonCases } from './cases/common.cases.js';
import { validationCases } from './cases/validation.cases.js';
import { setCases } from './cases/sets.cases.js';
import { splattingCases } from './cases/splatting.cases.js';

const tables: Record<string, readonly BindCase[]> = {
  seed: seedCases,
  engine: engineCases,
  common: commonCases,
  validation: validationCases,
  sets: setCases,
  splatting: splattingCases,
};

function run(c: BindCase) {
  const args = typeof c.line === 'string' ? commandLine(c.line) : c.line;
  return bindCommandLine(compileCommand(c.command), args, {
    converter: defaultConverter,
    expectingInput: c.expectingInput === true,
    validateScript: (id, value) => (id === 'gt2' ? Number(value) > 2 : true),
    ...(c.commandKind ? { commandKind: c.commandKind } : {}),
  });
}

for (const [table, cases] of Object.entries(tables)) {
  describe(table, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      if ('errorId' in c.expect) {
        const e: ErrorExpectation = c.expect;
        let caught: unknown;
        try {
          run(c);
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(ParameterBindingException);
        const error = caught as ParameterBindingException;
        expect(error.errorId).toBe(e.errorId);
        expect(error.fullyQualifiedErrorId).toBe(
          `${e.errorId},${e.source ?? c.command.implementingType ?? c.command.name}`,
        );
        if (e.message !== undefined) expect(error.message).toBe(e.message);
        if (e.parameterName !== undefined) expect(error.parameterName).toBe(e.parameterName);
        if (e.category !== undefined) expect(error.category).toBe(e.category);
        if (e.column !== undefined) expect(error.position?.column).toBe(e.column);
        return;
      }
      const state = run(c);
      if (c.expect.set !== undefined) expect(state.parameterSetName).toBe(c.expect.set);
      if (c.expect.bound !== undefined)
        expect([...state.boundParameters]).toEqual(Object.entries(c.expect.bound));
      if (c.expect.common !== undefined) expect(state.commonParameters).toEqual(c.expect.common);
      if (c.expect.args !== undefined) expect(state.unboundArguments).toEqual(c.expect.args);
    });
  });
}

it('has at least 150 transcribed cases', () => {
  expect(Object.values(tables).reduce((n, t) => n + t.length, 0)).toBeGreaterThanOrEqual(150);
});
