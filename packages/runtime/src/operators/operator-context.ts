// OperatorContext: what operators need from the runspace ($OFS, enums, type resolution), injected by the evaluator.
import type { ConversionContext } from '../conversion/conversion-context.js';

/** A resolved type as the `-is`/`-as` operators see it (RV2's type system provides these). */
export interface OperatorTypeInfo {
  readonly fullName: string;
  /** `-is`: overrides the default type-name-chain test. */
  isInstance?(value: unknown): boolean;
  /** `-as`/casts: overrides convertTo for types outside the value layer; throws on failure. */
  convert?(value: unknown): unknown;
}

export interface OperatorContext extends ConversionContext {
  /** Resolves a type name (`[Foo.Bar]`) to a type; undefined when unknown. */
  readonly resolveType?: (name: string) => OperatorTypeInfo | undefined;
}
