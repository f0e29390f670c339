// The one table of binder diagnostics: PowerShell ErrorId -> category + exception type + English template.

export type ErrorCategory =
  'InvalidArgument' | 'InvalidData' | 'MetadataError' | 'InvalidOperation' | 'WriteError';

export interface BinderMessage {
  readonly category: ErrorCategory;
  /** .NET exception type name, as PowerShell's CategoryInfo.Reason shows it. */
  readonly exceptionType: string;
  /** `{1}` parameter name, `{2}` parameter type, `{6}`, `{7}` extra arguments (PowerShell's numbering). */
  readonly template: string;
}

const pbe = 'ParameterBindingException';

export const binderMessages = {
  NamedParameterNotFound: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "A parameter cannot be found that matches parameter name '{1}'.",
  },
  AmbiguousParameter: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template:
      "Parameter cannot be processed because the parameter name '{1}' is ambiguous. Possible matches include:{6}.",
  },
  AmbiguousParameterSet: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template:
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  },
  MissingArgument: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "Missing an argument for parameter '{1}'. Specify a parameter of type '{2}' and try again.",
  },
  ParameterAlreadyBound: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template:
      'Cannot bind parameter because parameter \'{1}\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
  },
  PositionalParameterNotFound: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "A positional parameter cannot be found that accepts argument '{1}'.",
  },
  AmbiguousPositionalParameterNoName: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: 'Cannot bind positional parameters because no names were given.',
  },
  MissingMandatoryParameter: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: 'Cannot process command because of one or more missing mandatory parameters:{1}.',
  },
  ParameterNotInParameterSet: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "Parameter '{1}' cannot be specified in parameter set '{6}'.",
  },
  ParameterArgumentValidationError: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
    template: "Cannot validate argument on parameter '{1}'. {6}",
  },
  ParameterArgumentValidationErrorNullNotAllowed: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
    template: "Cannot bind argument to parameter '{1}' because it is null.",
  },
  ParameterArgumentValidationErrorEmptyStringNotAllowed: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
    template: "Cannot bind argument to parameter '{1}' because it is an empty string.",
  },
  ParameterArgumentValidationErrorEmptyArrayNotAllowed: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
    template: "Cannot bind argument to parameter '{1}' because it is an empty array.",
  },
  ParameterArgumentValidationErrorEmptyCollectionNotAllowed: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingValidationException',
    template: "Cannot bind argument to parameter '{1}' because it is an empty collection.",
  },
  ParameterArgumentTransformationError: {
    category: 'InvalidData',
    exceptionType: 'ParameterBindingArgumentTransformationException',
    template: "Cannot process argument transformation on parameter '{1}'. {6}",
  },
  CannotConvertArgument: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "Cannot convert '{6}' to the type '{2}' required by parameter '{1}'. {7}",
  },
  CannotConvertArgumentNoMessage: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "Cannot bind parameter '{1}'. {6}",
  },
  ParameterBindingFailed: {
    category: 'WriteError',
    exceptionType: pbe,
    template: "Cannot bind parameter '{1}' to the target. {6}",
  },
  ScriptBlockArgumentNoInput: {
    category: 'MetadataError',
    exceptionType: pbe,
    template:
      "Cannot evaluate parameter '{1}' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.",
  },
  ScriptBlockArgumentInvocationFailed: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "The input to the script block for parameter '{1}' failed. {6}",
  },
  ScriptBlockArgumentNoOutput: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template: "Cannot evaluate parameter '{1}' because its argument input did not produce any output.",
  },
  InputObjectNotBound: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template:
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  },
  InputObjectMissingMandatory: {
    category: 'InvalidArgument',
    exceptionType: pbe,
    template:
      'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: {6}',
  },
  ParameterNameAlreadyExistsForCommand: {
    category: 'MetadataError',
    exceptionType: 'MetadataException',
    template: "A parameter with the name '{0}' was defined multiple times for the command.",
  },
  AliasParameterNameAlreadyExistsForCommand: {
    category: 'MetadataError',
    exceptionType: 'MetadataException',
    template:
      "The parameter alias cannot be specified because an alias with the name '{0}' was already defined multiple times for the command.",
  },
  ParameterNameConflictsWithAlias: {
    category: 'MetadataError',
    exceptionType: 'MetadataException',
    template:
      "The parameter '{0}' cannot be specified because it conflicts with the parameter alias of the same name for parameter '{1}'.",
  },
  ParsingTooManyParameterSets: {
    category: 'MetadataError',
    exceptionType: 'MetadataException',
    template:
      'Cannot get or run the command. The maximum number of parameter sets for this command has been exceeded.',
  },
  InvalidCommandMetadata: {
    category: 'MetadataError',
    exceptionType: 'MetadataException',
    template: "The metadata of command '{0}' is not valid: {1}",
  },
} as const satisfies Record<string, BinderMessage>;

export type BinderErrorId = keyof typeof binderMessages;

/** Inner texts (`{6}` of the templates above): validation attributes, conversions, common parameters. */
export const innerMessages = {
  ValidateSetFailure:
    'The argument "{0}" does not belong to the set "{1}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
  ValidatePatternFailure:
    'The argument "{0}" does not match the "{1}" pattern. Supply an argument that matches "{1}" and try the command again.',
  ValidateRangeTooSmall:
    'The {0} argument is less than the minimum allowed range of {1}. Supply an argument that is greater than or equal to {1} and then try the command again.',
  ValidateRangeTooBig:
    'The {0} argument is greater than the maximum allowed range of {1}. Supply an argument that is less than or equal to {1} and then try the command again.',
  ValidateRangePositiveFailure:
    'The argument "{0}" cannot be validated because its value is not greater than zero.',
  ValidateRangeNonNegativeFailure:
    'The argument "{0}" cannot be validated because its value is not greater than or equal to zero.',
  ValidateRangeNegativeFailure:
    'The argument "{0}" cannot be validated because its value is not less than zero.',
  ValidateRangeNonPositiveFailure:
    'The argument "{0}" cannot be validated because its value is not less than or equal to zero.',
  ValidateLengthMinLengthFailure:
    'The character length ({1}) of the argument is too short. Specify an argument with a length that is greater than or equal to "{0}", and then try the command again.',
  ValidateLengthMaxLengthFailure:
    'The character length ({1}) of the argument is too long. Specify an argument with a length that is shorter than or equal to "{0}", and then try the command again.',
  ValidateLengthNotString:
    'The ValidateLength attribute cannot be applied to a parameter that is not a string or string[] parameter. Make the parameter a string or string[] parameter.',
  ValidateRangeElementType:
    'The argument cannot be validated because its type "{0}" is not the same type ({1}) as the maximum and minimum limits of the parameter. Make sure the argument is of type {1} and then try the command again.',
  ValidateCountNotInArray:
    'The ValidateCount attribute cannot be applied to a non-array parameter. Either remove the attribute from the parameter or make the parameter an array parameter.',
  ValidateCountMinMaxFailure:
    'The parameter requires at least {0} value(s) and no more than {1} value(s) - {2} value(s) were provided.',
  ValidateCountExactFailure: 'The parameter requires exactly {0} value(s) - {1} value(s) were provided.',
  ArgumentIsEmpty:
    'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.',
  ArgumentIsNull:
    'The argument is null. Provide a valid value for the argument, and then try running the command again.',
  ArgumentCollectionHasNull:
    'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.',
  ArgumentIsEmptyOrWhiteSpace:
    'The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again.',
  ArgumentCollectionContainsBlank:
    'An element of the argument collection is null, empty, or consists of only white-space characters. Supply a collection that does not contain any those values and then try the command again.',
  ArgumentCollectionContainsNull:
    'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.',
  ValidateScriptFailure:
    'The "{1}" validation script for the argument with value "{0}" did not return a result of True. Determine why the validation script failed, and then try the command again.',
  ValidateVariableName: "Cannot validate argument '{0}' because it is not a valid variable name.",
  SpecifiedMethodNotSupported: 'Specified method is not supported.',
  BooleanOnly:
    'Cannot convert value "{0}" to type "{1}". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.',
  CannotConvertToString: 'Cannot convert value to type System.String.',
  ActionPreferenceSuspend:
    'The {0} ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables."',
  FailToBindDefaultParameter: "The binding of default value '{0}' to parameter '{1}' failed: {2}",
  ExceptionWhenSetting: 'Exception setting "{0}": "{1}"',
  InvalidCastFromNull: 'Cannot convert null to type "{0}".',
  InvalidCastFromStringToInteger:
    'Cannot convert value "{0}" to type "{1}". Error: "The input string \'{0}\' was not in a correct format."',
  InvalidCast: 'Cannot convert value "{0}" to type "{1}". Error: "{2}"',
  InvalidCastNoError: 'Cannot convert the "{0}" value of type "{1}" to type "{2}".',
  EnumNoMatch:
    'Unable to match the identifier name {0} to a valid enumerator name. Specify one of the following enumerator names and try again:\n{1}',
  EnumMultipleMatches:
    'The identifier name {0} cannot be processed because it is either too similar or identical to the following enumerator names: {1}. Use a more specific identifier name.',
} as const;

export type InnerMessageId = keyof typeof innerMessages;

/** Fills `{n}` holes; missing arguments become empty text (as .NET's string.Format would refuse, we stay lenient). */
export function formatTemplate(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? '' : String(v);
  });
}

export function formatInner(id: InnerMessageId, ...args: unknown[]): string {
  return formatTemplate(innerMessages[id], args);
}
