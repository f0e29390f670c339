// Binding one value (ParameterBinderBase.BindParameter): coercion or exact-type check, validation, null/empty.
import type { SourcePosition } from '../arguments/types.js';
import type { CompiledParameter } from '../compile/compiled-types.js';
import { ConversionFailure, type CommandKind, type ConversionContext } from '../conversion/type-converter.js';
import { valueText, valueTypeName } from '../conversion/value-text.js';
import { formatInner } from '../errors/messages.js';
import type { ParameterBindingException } from '../errors/parameter-binding-exception.js';
import { raise, type BindContext } from './context.js';
import { narrow } from './parameter-sets.js';

/**
 * named: every failure throws. positional: cmdlet conversion failures are remembered and the argument
 * stays unbound (script transformation errors throw). pipeline: conversion failures mean "not bound".
 */
export type BindMode = 'named' | 'positional' | 'pipeline';

const NotBound: unique symbol = Symbol('NotBound');
type Coerced = unknown;

/** BindOptions.commandKind overrides the metadata; common parameters are compiled code either way. */
function kindOf(ctx: BindContext, p: CompiledParameter): CommandKind {
  return p.isCommon ? 'Cmdlet' : (ctx.state.options.commandKind ?? p.kind);
}

function conversionContext(ctx: BindContext, p: CompiledParameter): ConversionContext {
  return p.conversionContexts[kindOf(ctx, p)];
}

function failed(
  ctx: BindContext,
  error: ParameterBindingException,
  p: CompiledParameter,
  mode: BindMode,
): typeof NotBound {
  if (mode === 'pipeline') return NotBound;
  if (mode === 'positional' && kindOf(ctx, p) === 'Cmdlet') {
    ctx.savedPositionalError = error;
    return NotBound;
  }
  throw error;
}

/** The error for a failed scalar conversion: cmdlets and scripts report it differently. */
function conversionError(
  ctx: BindContext,
  p: CompiledParameter,
  message: string,
  position: SourcePosition | undefined,
): ParameterBindingException {
  return kindOf(ctx, p) === 'Cmdlet'
    ? raise(ctx, 'CannotConvertArgumentNoMessage', p, position, [message])
    : raise(ctx, 'ParameterArgumentTransformationError', p, position, [message]);
}

function convertScalar(
  ctx: BindContext,
  p: CompiledParameter,
  type: string,
  value: unknown,
  coerce: boolean,
  mode: BindMode,
  position: SourcePosition | undefined,
): Coerced | typeof NotBound {
  const converter = ctx.state.options.converter;
  const cc = conversionContext(ctx, p);
  if (converter.isInstanceOf(value, type, cc)) return value;
  if (!coerce) return NotBound;
  try {
    return converter.convert(value, type, cc);
  } catch (e) {
    if (e instanceof ConversionFailure)
      return failed(ctx, conversionError(ctx, p, e.message, position), p, mode);
    throw e;
  }
}

function coerceSwitchOrBool(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  coerce: boolean,
  mode: BindMode,
  position: SourcePosition | undefined,
): Coerced | typeof NotBound {
  if (typeof value === 'boolean') return value;
  const b = ctx.state.options.converter.booleanOf?.(value);
  if (b !== undefined) return b;
  if (!coerce) return NotBound;
  if (typeof value === 'number') return value !== 0;
  const n = ctx.state.options.converter.numberOf?.(value);
  if (n !== undefined) return n !== 0;
  if (kindOf(ctx, p) === 'Function') {
    const message = formatInner('BooleanOnly', valueTypeName(value), p.dotNetType);
    return failed(ctx, raise(ctx, 'ParameterArgumentTransformationError', p, position, [message]), p, mode);
  }
  // CoerceTypeAsNeeded: neither bool nor number, for [bool] and [switch] alike.
  return failed(ctx, raise(ctx, 'CannotConvertArgument', p, position, [valueTypeName(value), '']), p, mode);
}

/** CoerceTypeAsNeeded: returns the value to bind, or NotBound. */
function coerceArgument(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  switchPresent: boolean,
  coerce: boolean,
  mode: BindMode,
  position: SourcePosition | undefined,
): Coerced | typeof NotBound {
  if (p.isSwitch) {
    if (switchPresent || value === null || value === undefined) return true;
    return coerceSwitchOrBool(ctx, p, value, coerce, mode, position);
  }
  if (value === null || value === undefined) {
    if (p.isBool) throw raise(ctx, 'ParameterArgumentValidationErrorNullNotAllowed', p, position);
    // Scripts convert $null to '' for [string] (then a mandatory one fails as an empty string).
    return kindOf(ctx, p) === 'Function' && p.isString ? '' : null;
  }
  if (p.isBool) return coerceSwitchOrBool(ctx, p, value, coerce, mode, position);
  if (p.takesAnything) return value;
  if (p.isArray) {
    const list: readonly unknown[] = Array.isArray(value) ? value : [value];
    const element = p.elementType.toLowerCase();
    if (element === 'object' || element === 'psobject') return Array.isArray(value) ? [...list] : [value];
    const out = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (item === null || item === undefined) {
        out[i] = null;
        continue;
      }
      if (p.elementIsString && typeof item === 'string') {
        out[i] = item;
        continue;
      }
      // A simple function converts each element as a cast would ('a' is True); others want booleans or numbers.
      const c =
        p.elementIsBool && !ctx.command.isSimple
          ? coerceSwitchOrBool(ctx, p, item, coerce, mode, position)
          : convertScalar(ctx, p, p.elementType, item, coerce, mode, position);
      if (c === NotBound) return NotBound;
      out[i] = c;
    }
    return out;
  }
  if (Array.isArray(value)) {
    if (!coerce) return NotBound;
    if (ctx.state.options.converter.convertsList?.(p.type))
      return convertScalar(ctx, p, p.type, value, coerce, mode, position);
    // A simple function joins a list for [string] with $OFS (a space by default).
    if (p.isString && ctx.command.isSimple) return value.map(valueText).join(' ');
    const error =
      kindOf(ctx, p) === 'Cmdlet'
        ? raise(ctx, 'CannotConvertArgument', p, position, [
            valueTypeName(value),
            formatInner('SpecifiedMethodNotSupported'),
          ])
        : raise(ctx, 'ParameterArgumentTransformationError', p, position, [
            p.isString
              ? formatInner('CannotConvertToString')
              : formatInner('InvalidCastNoError', valueText(value), valueTypeName(value), p.dotNetType),
          ]);
    return failed(ctx, error, p, mode);
  }
  // A JavaScript string already is a [string]; no need to ask the converter.
  if (p.isString && typeof value === 'string') return value;
  return convertScalar(ctx, p, p.type, value, coerce, mode, position);
}

/** Validation attributes, then the null/empty rules of parameters mandatory in some set. */
function validateArgument(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  position: SourcePosition | undefined,
): void {
  if (p.validate) {
    const failure = p.validate(value, ctx.state.options.validateScript);
    if (failure) {
      throw raise(
        ctx,
        'ParameterArgumentValidationError',
        p,
        position,
        [failure.message],
        failure.innerErrorId,
      );
    }
  }
  if (!p.mandatoryInSomeSet) return;
  if (value === null || value === undefined) {
    if (!p.allowNull) throw raise(ctx, 'ParameterArgumentValidationErrorNullNotAllowed', p, position);
    return;
  }
  if (value === '') {
    if (!p.allowEmptyString)
      throw raise(ctx, 'ParameterArgumentValidationErrorEmptyStringNotAllowed', p, position);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 && !p.allowEmptyCollection) {
      throw raise(ctx, 'ParameterArgumentValidationErrorEmptyArrayNotAllowed', p, position);
    }
    for (const e of value) {
      if ((e === null || e === undefined) && !p.allowNull) {
        throw raise(ctx, 'ParameterArgumentValidationErrorNullNotAllowed', p, position);
      }
      if (e === '' && !p.allowEmptyString) {
        throw raise(ctx, 'ParameterArgumentValidationErrorEmptyStringNotAllowed', p, position);
      }
    }
  }
}

/** Binds `value` to `p`; true when bound (the parameter sets are then narrowed). */
export function bindValue(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  switchPresent: boolean,
  coerce: boolean,
  mode: BindMode,
  position: SourcePosition | undefined,
): boolean {
  const converted = coerceArgument(ctx, p, value, switchPresent, coerce, mode, position);
  if (converted === NotBound) return false;
  validateArgument(ctx, p, converted, position);
  if (p.isCommon) checkCommonParameter(ctx, p, converted, position);
  ctx.state.boundParameters.set(p.name, converted);
  narrow(ctx.state, p);
  return true;
}

const variableName = /^(?:(?:global|local|script|private|variable):)?[\p{L}\p{N}_?]+$/iu;

/** The setters of the common parameters: Suspend is refused, *Variable names must be variable paths. */
function checkCommonParameter(
  ctx: BindContext,
  p: CompiledParameter,
  value: unknown,
  position: SourcePosition | undefined,
): void {
  if (p.type === 'ActionPreference' && (value === 'Suspend' || value === null || value === undefined)) {
    // The setter refuses it; PowerShell reports the setter's exception (SetValueInvocationException).
    const inner =
      value === 'Suspend'
        ? formatInner('ActionPreferenceSuspend', 'Suspend')
        : formatInner('InvalidCastFromNull', p.dotNetType);
    throw raise(ctx, 'ParameterBindingFailed', p, position, [
      formatInner('ExceptionWhenSetting', p.name, inner),
    ]);
  }
  if (p.name.endsWith('Variable') && typeof value === 'string') {
    const name = value.startsWith('+') ? value.slice(1) : value;
    if (!variableName.test(name)) {
      throw raise(ctx, 'ParameterArgumentValidationError', p, position, [
        formatInner('ValidateVariableName', value),
      ]);
    }
  }
}
