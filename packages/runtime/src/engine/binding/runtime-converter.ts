// The binder's TypeConverter backed by the runtime's LanguagePrimitives (convertTo) and type tests.
import { ConversionFailure, type ConversionContext, type TypeConverter } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { convertTo, isInstanceOfType, toStr } from '../semantics/index.js';
import { PSObject } from '../../values/ps-object.js';

const converters = new WeakMap<ExecutionContext, TypeConverter>();

/** One converter per runspace (binding runs for every command call). */
export function runtimeConverter(ctx: ExecutionContext): TypeConverter {
  let c = converters.get(ctx);
  if (!c) converters.set(ctx, (c = createConverter(ctx)));
  return c;
}

/**
 * An enum the metadata declares by its names (service or module enums the runtime has no type for): the value
 * must name one member, case-insensitively; the bound value is the member's own spelling.
 */
function declaredEnum(ctx: ExecutionContext, value: unknown, type: string, names: readonly string[]): string {
  const text = toStr(ctx, value);
  const hit = names.find((n) => n.toLowerCase() === text.trim().toLowerCase());
  if (hit !== undefined) return hit;
  throw new ConversionFailure(
    `Cannot convert value "${text}" to type "${type}". Error: "Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}"`,
  );
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
    convert: (value, type, context: ConversionContext) => {
      if (context.enumValues && !ctx.types.tryResolve(type))
        return declaredEnum(ctx, value, type, context.enumValues);
      try {
        return convertTo(ctx, value, type);
      } catch (err) {
        throw new ConversionFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
