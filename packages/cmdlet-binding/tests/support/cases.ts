// The shape of a binding case: metadata + command line -> chosen set and bound values, or an error.
import type { CommandArgument, CommandMetadata, CommonParameterValues } from '../../src/index.js';

export interface BoundExpectation {
  readonly set?: string;
  /** Exactly $PSBoundParameters, in bind order. */
  readonly bound?: Readonly<Record<string, unknown>>;
  readonly common?: CommonParameterValues;
  /** `$args` of a simple function. */
  readonly args?: readonly unknown[];
}

export interface ErrorExpectation {
  readonly errorId: string;
  /** Source part of FullyQualifiedErrorId when it is not the command name. */
  readonly source?: string;
  readonly message?: string;
  readonly parameterName?: string;
  readonly category?: string;
  /** Column of the offending argument in the command line. */
  readonly column?: number;
}

export interface BindCase {
  readonly name: string;
  readonly command: CommandMetadata;
  readonly line: string | readonly CommandArgument[];
  readonly expectingInput?: boolean;
  /** BindOptions.commandKind, when the case overrides the metadata's kind. */
  readonly commandKind?: 'Cmdlet' | 'Function';
  readonly expect: BoundExpectation | ErrorExpectation;
}

export const messages = {
  ambiguousSet:
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  notFound: (name: string) => `A parameter cannot be found that matches parameter name '${name}'.`,
  positional: (arg: string) => `A positional parameter cannot be found that accepts argument '${arg}'.`,
  missingArgument: (name: string, type: string) =>
    `Missing an argument for parameter '${name}'. Specify a parameter of type '${type}' and try again.`,
  ambiguous: (name: string, list: string) =>
    `Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include:${list}.`,
  alreadyBound: (name: string) =>
    `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
  missingMandatory: (list: string) =>
    `Cannot process command because of one or more missing mandatory parameters:${list}.`,
  validation: (name: string, inner: string) => `Cannot validate argument on parameter '${name}'. ${inner}`,
  isNull: (name: string) => `Cannot bind argument to parameter '${name}' because it is null.`,
  emptyString: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty string.`,
  emptyArray: (name: string) => `Cannot bind argument to parameter '${name}' because it is an empty array.`,
};
