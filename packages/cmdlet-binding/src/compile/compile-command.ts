// compileCommand: set bits, the name/alias/prefix table, position entries and validators, once per command.
import { CommandMetadataException } from '../errors/parameter-binding-exception.js';
import type { CommandKind, ConversionContext } from '../conversion/type-converter.js';
import { dotNetTypeName, elementTypeOf, isArrayType } from '../conversion/type-names.js';
import { AllParameterSets, type CommandMetadata, type ParameterMetadata } from '../metadata/types.js';
import { compileValidators } from '../validation/compile-validators.js';
import { commonParameterRows } from './common-parameter-metadata.js';
import { ParameterNameTable } from './parameter-lookup.js';
import type {
  CompiledCommand,
  CompiledParameter,
  CompiledSetRecord,
  PositionalEntry,
} from './compiled-types.js';

const maxSets = 32;

function commandKindOf(metadata: CommandMetadata): CommandKind {
  return metadata.commandType === 'Cmdlet' ? 'Cmdlet' : 'Function';
}

/** §0.4: functions with no explicit position and no named set number their non-switch parameters. */
function automaticPositions(metadata: CommandMetadata): Map<string, number> | undefined {
  if (metadata.commandType === 'Cmdlet' || metadata.positionalBinding === false) return undefined;
  for (const p of metadata.parameters) {
    for (const [set, record] of Object.entries(p.parameterSets ?? {})) {
      if (record.position !== undefined || set !== AllParameterSets) return undefined;
    }
  }
  const positions = new Map<string, number>();
  let next = 0;
  for (const p of metadata.parameters) {
    if (p.type.toLowerCase() !== 'switch') positions.set(p.name, next++);
  }
  return positions;
}

/** A bad pattern in untrusted metadata is a metadata error, not a JavaScript exception. */
function compileParameterValidators(p: ParameterMetadata, commandName: string) {
  try {
    return compileValidators(p.validation);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new CommandMetadataException('InvalidCommandMetadata', [
      commandName,
      `parameter '${p.name}': ${reason}`,
    ]);
  }
}

function conversionContextFor(
  commandName: string,
  p: ParameterMetadata,
  kind: CommandKind,
): ConversionContext {
  return p.enumValues
    ? { commandName, parameterName: p.name, commandKind: kind, enumValues: p.enumValues }
    : { commandName, parameterName: p.name, commandKind: kind };
}

class SetRegistry {
  readonly names: string[] = [];
  flagOf(name: string, commandName: string): number {
    let i = this.names.indexOf(name);
    if (i < 0) {
      if (this.names.length >= maxSets)
        throw new CommandMetadataException('ParsingTooManyParameterSets', [commandName]);
      i = this.names.push(name) - 1;
    }
    return 2 ** i;
  }
}

function compileParameter(
  p: ParameterMetadata,
  index: number,
  isCommon: boolean,
  kind: CommandKind,
  sets: SetRegistry,
  commandName: string,
  autoPosition: number | undefined,
): CompiledParameter {
  const entries = Object.entries(p.parameterSets ?? {});
  if (entries.length === 0) entries.push([AllParameterSets, {}]);
  const records: CompiledSetRecord[] = entries.map(([set, r]) => ({
    setFlag: set === AllParameterSets ? 0 : sets.flagOf(set, commandName),
    mandatory: r.mandatory === true,
    position: r.position ?? autoPosition,
    valueFromPipeline: r.valueFromPipeline === true,
    valueFromPipelineByPropertyName: r.valueFromPipelineByPropertyName === true,
    valueFromRemainingArguments: r.valueFromRemainingArguments === true,
    helpMessage: r.helpMessage,
  }));
  const type = p.type;
  const lower = type.toLowerCase();
  const isArray = isArrayType(type);
  const elementType = isArray ? elementTypeOf(type) : type;
  let setFlags = 0;
  for (const r of records) setFlags = (setFlags | r.setFlag) >>> 0;
  return {
    index,
    name: p.name,
    type,
    dotNetType: dotNetTypeName(type),
    isArray,
    elementType,
    isSwitch: lower === 'switch' || lower === 'switchparameter',
    isBool: lower === 'bool' || lower === 'boolean',
    takesAnything: lower === 'object' || lower === 'psobject',
    isString: lower === 'string',
    elementIsString: isArray && elementType.toLowerCase() === 'string',
    elementIsBool: isArray && /^(system\.)?bool(ean)?$/i.test(elementType),
    enumValues: p.enumValues,
    aliases: p.aliases ?? [],
    isCommon,
    kind: isCommon ? 'Cmdlet' : kind,
    setFlags,
    inAllSets: records.some((r) => r.setFlag === 0),
    records,
    mandatoryInSomeSet: records.some((r) => r.mandatory),
    pipelineInSomeSet: records.some((r) => r.valueFromPipeline || r.valueFromPipelineByPropertyName),
    remainingInSomeSet: records.some((r) => r.valueFromRemainingArguments),
    validate: compileParameterValidators(p, commandName),
    allowNull: p.allowNull === true,
    allowEmptyString: p.allowEmptyString === true,
    allowEmptyCollection: p.allowEmptyCollection === true,
    metadata: p,
    conversionContexts: {
      Cmdlet: conversionContextFor(commandName, p, 'Cmdlet'),
      Function: conversionContextFor(commandName, p, isCommon ? 'Cmdlet' : 'Function'),
    },
  };
}

/** Precomputes a command's binding tables. Throws CommandMetadataException for impossible metadata. */
export function compileCommand(metadata: CommandMetadata): CompiledCommand {
  const kind = commandKindOf(metadata);
  const sets = new SetRegistry();
  if (metadata.defaultParameterSetName && metadata.defaultParameterSetName !== AllParameterSets) {
    sets.flagOf(metadata.defaultParameterSetName, metadata.name);
  }
  const auto = automaticPositions(metadata);
  const parameters: CompiledParameter[] = metadata.parameters.map((p, i) =>
    compileParameter(p, i, false, kind, sets, metadata.name, auto?.get(p.name)),
  );
  const ownParameterCount = parameters.length;
  const isSimple = kind === 'Function' && metadata.cmdletBinding === false;
  if (!isSimple) {
    const rows = commonParameterRows(
      metadata.supportsShouldProcess === true,
      metadata.supportsPaging === true,
    );
    for (const row of rows) {
      parameters.push(compileParameter(row, parameters.length, true, kind, sets, metadata.name, undefined));
    }
  }
  const lookup = new ParameterNameTable(parameters);
  const positional: PositionalEntry[] = [];
  for (const p of parameters) {
    for (const record of p.records) {
      if (record.position !== undefined && !record.valueFromRemainingArguments) {
        positional.push({ position: record.position, parameter: p, record });
      }
    }
  }
  positional.sort((a, b) => a.position - b.position || a.parameter.index - b.parameter.index);
  let usedSetsMask = 0;
  for (const p of parameters) usedSetsMask = (usedSetsMask | p.setFlags) >>> 0;
  const defaultName = metadata.defaultParameterSetName;
  const byName = new Map<string, CompiledParameter>();
  for (const p of parameters) byName.set(p.name, p);
  return {
    metadata,
    name: metadata.name,
    kind,
    isSimple,
    errorSource: kind === 'Cmdlet' ? (metadata.implementingType ?? metadata.name) : metadata.name,
    parameters,
    ownParameterCount,
    lookup,
    setNames: sets.names,
    defaultSetFlag: defaultName && defaultName !== AllParameterSets ? 1 : 0,
    usedSetsMask,
    allSetsMask: 2 ** sets.names.length - 1,
    positional,
    hasPipelineParameters: parameters.some((p) => p.pipelineInSomeSet),
    hasRemainingArguments: parameters.some((p) => p.remainingInSomeSet),
    hasMandatory: parameters.some((p) => p.mandatoryInSomeSet),
    mandatoryParameters: parameters.filter((p) => p.mandatoryInSomeSet),
    pipelineParameters: parameters.filter((p) => p.pipelineInSomeSet),
    byName,
  };
}
