// Arguments as the evaluator produces them from a CommandAst, modelled on CommandParameterInternal.

/** Where an argument came from in the source, for error positions. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly startOffset?: number;
  readonly endOffset?: number;
  readonly text?: string;
}

/** `-Name` or `-Name:value`. */
export interface ParameterToken {
  readonly kind: 'parameter';
  /** The name without the dash, as typed (`Mod` for `-Mod`). */
  readonly name: string;
  /** The token text as typed, dash included (`-Mod:`); used when an unknown `-x` becomes a value. */
  readonly nameText?: string;
  /** True for colon form (`-Name:value`); `argument` is then the value. */
  readonly hasArgument?: boolean;
  readonly argument?: unknown;
  /** Came from a splatted hashtable (`@params`): dropped when the same parameter is given explicitly. */
  readonly fromHashtableSplat?: boolean;
  readonly position?: SourcePosition;
}

/** A plain argument value. */
export interface ArgumentValue {
  readonly kind: 'argument';
  readonly value: unknown;
  /** Came from a splatted array (`@list`). */
  readonly fromArraySplat?: boolean;
  /** Was an array literal (`a,b`) in the source. */
  readonly arrayLiteral?: boolean;
  readonly position?: SourcePosition;
}

export type CommandArgument = ParameterToken | ArgumentValue;

/** Convenience constructors for hosts and tests. */
export const arg = {
  parameter(name: string, position?: SourcePosition): ParameterToken {
    return position ? { kind: 'parameter', name, position } : { kind: 'parameter', name };
  },
  colon(name: string, argument: unknown, position?: SourcePosition): ParameterToken {
    return position
      ? { kind: 'parameter', name, hasArgument: true, argument, position }
      : { kind: 'parameter', name, hasArgument: true, argument };
  },
  value(value: unknown, position?: SourcePosition): ArgumentValue {
    return position ? { kind: 'argument', value, position } : { kind: 'argument', value };
  },
};
