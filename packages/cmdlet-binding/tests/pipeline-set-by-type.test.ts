// Pipeline input picks the parameter set by the object's type: Remove-Module's `name` (string[]), `FullyQualifiedName`
// (ModuleSpecification[]) and `ModuleInfo` (PSModuleInfo[]) all take ValueFromPipeline; the exact-type pass runs first
// across the remaining sets, so a module object binds -ModuleInfo and a string binds -Name.
import { describe, expect, it } from 'vitest';
import {
  ConversionFailure,
  bindCommandLine,
  bindPipelineObject,
  compileCommand,
  defaultConverter,
  type CommandMetadata,
  type PropertyGetter,
  type TypeConverter,
} from '../src/index.js';
import { commandLine } from './support/command-line.js';

class ModuleInfo {
  constructor(readonly Name: string) {}
}
class ModuleSpecification {
  constructor(readonly Name: string) {}
}

const classes: Record<string, new (name: string) => object> = {
  psmoduleinfo: ModuleInfo,
  modulespecification: ModuleSpecification,
};

/** The default rules plus two reference types; a string converts to a ModuleSpecification as pwsh's does. */
const converter: TypeConverter = {
  isInstanceOf(value, type, context) {
    const cls = classes[type.toLowerCase()];
    return cls ? value instanceof cls : defaultConverter.isInstanceOf(value, type, context);
  },
  convert(value, type, context) {
    const cls = classes[type.toLowerCase()];
    if (!cls) return defaultConverter.convert(value, type, context);
    if (cls === ModuleSpecification && typeof value === 'string') return new ModuleSpecification(value);
    throw new ConversionFailure(`Cannot convert the "${String(value)}" value to type "${type}".`);
  },
};

const getProperty: PropertyGetter = () => undefined;

/** RemoveModuleCommand's parameters (PowerShell 7.4). */
const removeModule: CommandMetadata = {
  name: 'Remove-Module',
  commandType: 'Cmdlet',
  defaultParameterSetName: 'name',
  supportsShouldProcess: true,
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      parameterSets: { name: { mandatory: true, position: 0, valueFromPipeline: true } },
    },
    {
      name: 'FullyQualifiedName',
      type: 'ModuleSpecification[]',
      parameterSets: { FullyQualifiedName: { mandatory: true, position: 0, valueFromPipeline: true } },
    },
    {
      name: 'ModuleInfo',
      type: 'PSModuleInfo[]',
      parameterSets: { ModuleInfo: { mandatory: true, position: 0, valueFromPipeline: true } },
    },
    { name: 'Force', type: 'switch' },
  ],
};

function bindEach(inputs: readonly unknown[], line = '') {
  const state = bindCommandLine(compileCommand(removeModule), commandLine(line), {
    converter,
    expectingInput: true,
  });
  return inputs.map((input) => {
    const result = bindPipelineObject(state, input, getProperty);
    return {
      error: result.error?.errorId,
      set: state.parameterSetName,
      bound: [...state.boundFromPipeline],
    };
  });
}

describe('pipeline input chooses the parameter set by type', () => {
  it('binds a module object to -ModuleInfo', () => {
    expect(bindEach([new ModuleInfo('X')])).toEqual([
      { error: undefined, set: 'ModuleInfo', bound: ['ModuleInfo'] },
    ]);
  });

  it('binds a string to -Name (the default set, exact type)', () => {
    expect(bindEach(['X'])).toEqual([{ error: undefined, set: 'name', bound: ['Name'] }]);
  });

  it('binds a module specification to -FullyQualifiedName', () => {
    expect(bindEach([new ModuleSpecification('X')])).toEqual([
      { error: undefined, set: 'FullyQualifiedName', bound: ['FullyQualifiedName'] },
    ]);
  });

  it('chooses again for each object', () => {
    expect(bindEach([new ModuleInfo('A'), 'B', new ModuleInfo('C')]).map((r) => r.set)).toEqual([
      'ModuleInfo',
      'name',
      'ModuleInfo',
    ]);
  });

  it('an object no set takes exactly is coerced in the default set first', () => {
    // A number is no string, specification or module; the coercing pass converts it to -Name's string.
    expect(bindEach([42])).toEqual([{ error: undefined, set: 'name', bound: ['Name'] }]);
  });

  it('-Force on the command line leaves the choice to the object', () => {
    expect(bindEach([new ModuleInfo('X')], '-Force')[0]?.set).toBe('ModuleInfo');
  });
});
