// ConversionContext: the per-runspace settings conversions read ($OFS, the enum registry), passed in, never global.
import { EnumRegistry } from '../values/enum-registry.js';
import type { PSPropertyInfo } from '../values/ps-member.js';
import type { PSObject } from '../values/ps-object.js';

export interface ConversionContext {
  /** $OFS: separator when an array is converted to string (default ' '). */
  readonly ofs?: string;
  /** Enum types known to the runspace (user `enum`s included); defaults to the built-ins. */
  readonly enums?: EnumRegistry;
  /**
   * Reads any property of a custom object (ScriptProperty and AliasProperty need the evaluator), so its string
   * form `@{a=1; b=2}` lists them all as pwsh's does; without it, only note properties are listed.
   */
  readonly readProperty?: (owner: PSObject, member: PSPropertyInfo) => unknown;
}

const defaultRegistry = new EnumRegistry();

export function enumsOf(ctx: ConversionContext | undefined): EnumRegistry {
  return ctx?.enums ?? defaultRegistry;
}
