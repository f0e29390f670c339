// ConversionContext: the per-runspace settings conversions read ($OFS, the enum registry), passed in, never global.
import { EnumRegistry } from '../values/enum-registry.js';

export interface ConversionContext {
  /** $OFS: separator when an array is converted to string (default ' '). */
  readonly ofs?: string;
  /** Enum types known to the runspace (user `enum`s included); defaults to the built-ins. */
  readonly enums?: EnumRegistry;
}

const defaultRegistry = new EnumRegistry();

export function enumsOf(ctx: ConversionContext | undefined): EnumRegistry {
  return ctx?.enums ?? defaultRegistry;
}
