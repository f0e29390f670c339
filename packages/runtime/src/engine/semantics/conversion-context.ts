// The runspace's ConversionContext: $OFS read when a conversion needs it, custom-object properties read as members.
import type { ConversionContext } from '../../conversion/conversion-context.js';
import type { ExecutionContext } from '../execution-context.js';
import { ofs } from './convert.js';
// index.ts imports this module too; the cycle is safe because each only calls the other at run time.
import { getMember } from './index.js';

const contexts = new WeakMap<ExecutionContext, ConversionContext>();

/** One per runspace: `"$obj"`, `[string]$obj` and `$obj.ToString()` list script properties with `$this` bound. */
export function conversionContext(ctx: ExecutionContext): ConversionContext {
  let cc = contexts.get(ctx);
  if (!cc) {
    cc = {
      get ofs() {
        return ofs(ctx);
      },
      readProperty: (owner, member) => getMember(ctx, owner, member.name),
    };
    contexts.set(ctx, cc);
  }
  return cc;
}
