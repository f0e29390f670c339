// The binder's TypeConverter backed by the runtime's LanguagePrimitives (convertTo) and type tests.
import { ConversionFailure, type ConversionContext, type TypeConverter } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { convertTo, isInstanceOfType, toStr } from '../semantics/index.js';
import { PSObject } from '../../values/ps-object.js';
import { PSDouble } from '../../values/ps-double.js';
import { PSInt64 } from '../../values/ps-int64.js';
import { PSDecimal } from '../../values/ps-decimal.js';
import { takesObjectArray } from '../semantics/constructor-conversion.js';

const converters = new WeakMap<ExecutionContext, TypeConverter>();

/** One converter per runspace (binding runs for every command call). */
export function runtimeConverter(ctx: ExecutionContext): TypeConverter {
  let c = converters.get(ctx);
  if (!c) converters.set(ctx, (c = createConverter(ctx)));
  return c;
}

/**
 * PowerShell's EnumMinimumDisambiguation, which parameter binding (not casts) applies: a member's name, or an
 * unambiguous prefix of one (`-ErrorAction Ig`), case-insensitively; the result is the member's own spelling.
 */
export function disambiguateEnumName(text: string, type: string, names: readonly string[]): string {
  const wanted = text.trim().toLowerCase();
  const exact = names.find((n) => n.toLowerCase() === wanted);
  if (exact !== undefined) return exact;
  const prefixed = wanted ? names.filter((n) => n.toLowerCase().startsWith(wanted)) : [];
  if (prefixed.length === 1) return prefixed[0]!;
  const detail =
    prefixed.length > 1
      ? `The identifier name ${text} cannot be processed due to the inability to differentiate between the following enumerator names: ${prefixed.join(', ')}. Try a more specific identifier name.`
      : `Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`;
  throw new ConversionFailure(`Cannot convert value "${text}" to type "${type}". Error: "${detail}"`);
}

function createConverter(ctx: ExecutionContext): TypeConverter {
  return {
    isInstanceOf: (value, type, context: ConversionContext) => {
      if (context.enumValues && !ctx.types.tryResolve(type))
        return typeof value === 'string' && context.enumValues.includes(value);
      // A PSObject around a value ($PWD, New-Object results) is converted, so typed parameters get the plain value.
      if (
        value instanceof PSObject &&
        !value.isCustomObject &&
        !/^(system\.)?(object|psobject|management\.automation\.psobject)(\[\])?$/i.test(type)
      )
        return false;
      return isInstanceOfType(ctx, value, type);
    },
    convertsList: (type) => {
      const info = ctx.types.tryResolve(type);
      return info?.enumInfo?.isFlags === true || takesObjectArray(info);
    },
    // A [switch] variable is a PSObject around its boolean (a SwitchParameter): `-Force:$Force` passes it on.
    booleanOf: (value) =>
      value instanceof PSObject && typeof value.baseObject === 'boolean' ? value.baseObject : undefined,
    numberOf: (value) => {
      const v = value instanceof PSObject && !value.isCustomObject ? value.baseObject : value;
      if (typeof v === 'number') return v;
      if (v instanceof PSDecimal) return v.toNumber();
      return v instanceof PSDouble || v instanceof PSInt64 ? Number(v) : undefined;
    },
    convert: (value, type, context: ConversionContext) => {
      const resolved = ctx.types.tryResolve(type);
      if (context.enumValues && !resolved) {
        const text = toStr(ctx, value);
        // A number names the member with that value (`-ea 0` is SilentlyContinue), as Enum.Parse reads it.
        if (/^\s*-?\d+\s*$/.test(text)) {
          const info = ctx.types.tryResolve(`System.Management.Automation.${type}`)?.enumInfo;
          const member = info?.members.find(([, v]) => v === Number(text));
          if (member) return member[0];
        }
        return disambiguateEnumName(text, type, context.enumValues);
      }
      // A cmdlet's (or common) enum parameter takes a prefix of a member's name; a script function's type
      // constraint is a plain conversion (ArgumentTypeConverterAttribute), which does not.
      if (
        context.commandKind === 'Cmdlet' &&
        resolved?.enumInfo &&
        typeof value === 'string' &&
        !value.includes(',')
      )
        value = disambiguateEnumName(
          value,
          resolved.fullName,
          resolved.enumInfo.members.map(([n]) => n),
        );
      // `-Option ReadOnly,AllScope`: each element of a list bound to a [Flags] enum is disambiguated, then combined.
      if (context.commandKind === 'Cmdlet' && resolved?.enumInfo?.isFlags && Array.isArray(value)) {
        const names = resolved.enumInfo.members.map(([n]) => n);
        value = value
          .map((v) =>
            typeof v === 'string' ? disambiguateEnumName(v, resolved.fullName, names) : toStr(ctx, v),
          )
          .join(', ');
      }
      try {
        return convertTo(ctx, value, type);
      } catch (err) {
        throw new ConversionFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
