// Seeded random command lines: the binder either binds or throws ParameterBindingException, never a JS error.
import { describe, expect, it } from 'vitest';
import {
  AllParameterSets,
  bindCommandLine,
  bindPipelineObject,
  compileCommand,
  defaultConverter,
  ParameterBindingException,
  staticBind,
  type CommandMetadata,
} from '../src/index.js';
import * as c from './support/commands.js';
import { commandLine } from './support/command-line.js';

/** Park-Miller: reproducible without a dependency. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const tokens = [
  '-ConnectionId',
  '-ModulePrefix',
  '-Mod',
  '-C',
  '-O',
  '-E',
  '-Foo',
  '-Verbose',
  '-Verbose:$false',
  '-ea',
  'Stop',
  'S',
  '-ev',
  '+errs',
  'env:x',
  '-OutBuffer',
  '-1',
  '-WhatIf',
  '-Confirm:$false',
  'x',
  "''",
  '1,2',
  'a,b,c',
  '$null',
  '@()',
  '$true',
  '$false',
  '0',
  '3.5',
  '-Identity',
  '-Mode',
  'man',
  '-Enabled',
  '-Count',
  '-Tags',
  '-Message',
  '-Exception',
  '-ErrorRecord',
  '-Category',
  '-a',
  '-b',
  '-q',
  '-q:1',
  '-All',
  '-Path',
  '-LiteralPath',
  '-Color',
  'Red',
  '-Pair',
];

const commands: readonly CommandMetadata[] = [
  c.getConnectionInformation,
  c.setThing,
  c.writeError,
  c.remainingArguments,
  c.simpleAB,
  c.measureLines,
  c.validated,
  c.numberOrText,
  c.getVerb,
];

describe('random command lines', () => {
  for (const meta of commands) {
    it(`${meta.name}: 400 lines bind or fail with ParameterBindingException`, () => {
      const next = random(meta.name.length * 7919 + 17);
      const compiled = compileCommand(meta);
      const names = new Set(compiled.parameters.map((p) => p.name));
      const sets = new Set([...compiled.setNames, AllParameterSets]);
      let bound = 0;
      let failed = 0;
      for (let i = 0; i < 400; i++) {
        const line = Array.from(
          { length: Math.floor(next() * 6) },
          () => tokens[Math.floor(next() * tokens.length)],
        ).join(' ');
        const expectingInput = next() < 0.3;
        staticBind(compiled, commandLine(line));
        try {
          const state = bindCommandLine(compiled, commandLine(line), {
            converter: defaultConverter,
            expectingInput,
          });
          for (const key of state.boundParameters.keys()) expect(names.has(key)).toBe(true);
          expect(sets.has(state.parameterSetName)).toBe(true);
          if (expectingInput) {
            const r = bindPipelineObject(
              state,
              { Message: 'm', Path: 'p', LiteralPath: 'l', foo: 1 },
              (o, n) => (n in (o as object) ? { value: (o as Record<string, unknown>)[n] } : undefined),
            );
            if (r.error) expect(r.error).toBeInstanceOf(ParameterBindingException);
          }
          bound++;
        } catch (e) {
          if (!(e instanceof ParameterBindingException))
            throw new Error(`${meta.name} ${line}: ${String(e)}`, { cause: e });
          expect(e.fullyQualifiedErrorId.startsWith(`${e.errorId},`)).toBe(true);
          expect(e.message).not.toMatch(/\{\d\}/);
          failed++;
        }
      }
      expect(bound + failed).toBe(400);
    });
  }
});
