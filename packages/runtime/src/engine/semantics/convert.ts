// Conversion with the runspace's types: the value layer's LanguagePrimitives, then [type] and registered types.
import {
  canonicalTypeName,
  convertTo as convertValue,
  convertToString,
  isNumeric,
} from '../../conversion/index.js';
import { castFinal } from '../../conversion/cast-errors.js';
import { PSInvalidCastException, PSRuntimeException } from '../../values/ps-exception.js';
import { PSEnumValue } from '../../values/ps-enum.js';
import { typeNameOf } from '../../values/type-names.js';
import { PSObject } from '../../values/ps-object.js';
import { TypeInfo } from '../../types/type-info.js';
import { isInstanceOf } from '../../types/index.js';
import type { ExecutionContext } from '../execution-context.js';
import { switchParameter } from '../adapters/switch-parameter.js';
import { conversionContext } from './conversion-context.js';
import { convertViaConstructor } from './constructor-conversion.js';

/** $OFS as conversions use it (a space when unset). */
export function ofs(ctx: ExecutionContext): string {
  const v = ctx.sessionState.lookup('OFS')?.value;
  return v === null || v === undefined ? ' ' : convertToString(v);
}

/** `[type]'int'`: a type object, or a string naming a type (LanguagePrimitives' ConvertStringToType). */
function convertToType(ctx: ExecutionContext, v: unknown): TypeInfo {
  if (v instanceof TypeInfo) return v;
  if (typeof v === 'string') {
    const found = ctx.types.tryResolve(v);
    if (found) return found;
    throw PSRuntimeException.of('StringToTypeConversion', v);
  }
  throw castFinal(v, 'System.Type');
}

const SWITCH_PARAMETER = 'System.Management.Automation.SwitchParameter';

export function convertTo(ctx: ExecutionContext, value: unknown, typeName: string): unknown {
  const converted = convertKnown(ctx, value, typeName);
  // `[switch]$v = $true`, `[switch]$null`: the value is a SwitchParameter (IsPresent, ToBool()), not the Boolean.
  return typeof converted === 'boolean' && canonicalTypeName(typeName) === SWITCH_PARAMETER
    ? switchParameter(converted)
    : converted;
}

/**
 * A value assigned to a type-constrained variable (ArgumentTypeConverterAttribute): a [bool] or [switch] variable
 * takes only Booleans, switches and numbers ([bool] not even $null), then the value converts as a cast does.
 */
export function convertForVariable(ctx: ExecutionContext, value: unknown, typeName: string): unknown {
  const target = canonicalTypeName(typeName);
  if (target === 'System.Boolean' || target === SWITCH_PARAMETER) {
    const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
    const isNull = v === null || v === undefined;
    if (
      isNull
        ? target === 'System.Boolean'
        : typeof v !== 'boolean' && !isNumeric(v) && !(v instanceof PSEnumValue)
    )
      throw PSInvalidCastException.of(
        'InvalidCastExceptionUnsupportedParameterType',
        isNull ? '' : typeNameOf(v),
        target,
      );
  }
  return convertTo(ctx, value, typeName);
}

function convertKnown(ctx: ExecutionContext, value: unknown, typeName: string): unknown {
  try {
    return convertValue(value, typeName, conversionContext(ctx));
  } catch (err) {
    // A type the runspace registered (PSCredential, a module's X509Certificate2) takes its own instances and $null.
    if (!(err instanceof PSRuntimeException) || err.errorId !== 'TypeNotFound') throw err;
    const info = ctx.types.tryResolve(typeName);
    if (!info) throw err;
    const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
    if (v === null || v === undefined) return null;
    if (info.fullName === 'System.Type') return convertToType(ctx, v);
    // [Nullable[T]] holds $null (above) or a T.
    const inner = info.genericArguments[0];
    if (inner && info.fullName.startsWith('System.Nullable`1')) return convertTo(ctx, v, inner.fullName);
    if (isInstanceOf(v, info, ctx.types)) return v;
    const constructed = convertViaConstructor(info, v);
    if (constructed) return constructed.value;
    throw castFinal(v, info.fullName);
  }
}
