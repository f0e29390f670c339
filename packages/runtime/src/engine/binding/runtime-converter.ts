// The binder's TypeConverter backed by the runtime's LanguagePrimitives (convertTo) and type tests.
import { ConversionFailure, type TypeConverter } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { convertTo, isInstanceOfType } from '../semantics/index.js';

const converters = new WeakMap<ExecutionContext, TypeConverter>();

/** One converter per runspace (binding runs for every command call). */
export function runtimeConverter(ctx: ExecutionContext): TypeConverter {
  let c = converters.get(ctx);
  if (!c) converters.set(ctx, (c = createConverter(ctx)));
  return c;
}

function createConverter(ctx: ExecutionContext): TypeConverter {
  return {
    isInstanceOf: (value, type) => isInstanceOfType(ctx, value, type),
    convert: (value, type) => {
      try {
        return convertTo(ctx, value, type);
      } catch (err) {
        throw new ConversionFailure(err instanceof Error ? err.message : String(err));
      }
    },
  };
}
