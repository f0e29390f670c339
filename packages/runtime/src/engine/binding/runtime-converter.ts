// The binder's TypeConverter backed by the runtime's LanguagePrimitives (convertTo) and type tests.
import { ConversionFailure, type TypeConverter } from '@exosh/cmdlet-binding';
import type { ExecutionContext } from '../execution-context.js';
import { convertTo, isInstanceOfType } from '../semantics/index.js';

export function runtimeConverter(ctx: ExecutionContext): TypeConverter {
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
