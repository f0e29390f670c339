// The one table of parse diagnostics: PowerShell ErrorId -> English message, from PowerShell's ParserStrings.resx.
export interface DiagnosticEntry {
  /** The message as PowerShell's ParserStrings resource spells it; {0}, {1} are filled by formatDiagnostic. */
  readonly message: string;
}

export const diagnostics = {
  AllStream: { message: '* stream' },
  ArrayHasTooManyDimensions: {
    message:
      'The array has too many dimensions: {0}. The number of dimensions for an array must be less than or equal to 32.',
  },
  ArrayReferenceNotSupportedInDataSection: {
    message: 'Array references are not allowed in restricted language mode or a Data section.',
  },
  AssignmentStatementNotSupportedInDataSection: {
    message: 'Assignment statements are not allowed in restricted language mode or a Data section.',
  },
  AssignmentStatementToAutomaticNotSupported: {
    message: "Cannot assign automatic variable '{0}' with type '{1}'",
  },
  AttributeNotAllowedOnDeclaration: {
    message: "Attribute '{0}' is not valid on this declaration. It is valid on '{1}' declarations only.",
  },
  AttributeNotSupportedInDataSection: {
    message: 'Attributes are not allowed in restricted language mode or a Data section.',
  },
  BackgroundOperatorInPipelineChain: {
    message: 'Background operators can only be used at the end of a pipeline chain.',
  },
  BadNumericConstant: { message: 'The numeric constant {0} is not valid.' },
  CmdletNotInAllowedListForDataSection: {
    message: "The command '{0}' is not allowed in restricted language mode or a Data section.",
  },
  ConstructorCantHaveReturnType: { message: 'A constructor cannot specify a return type.' },
  ControlLeavingFinally: { message: 'Flow of control cannot leave a Finally block.' },
  CustomAttributeTypeNotFound: {
    message:
      "Cannot find the type for custom attribute '{0}'. Make sure that the assembly that contains this type is loaded.",
  },
  DataSectionStatementNotSupportedInDataSection: {
    message: 'The data statement is not allowed in restricted language mode or another Data section.',
  },
  DebugStream: { message: 'debug stream' },
  DefaultAllowedVariablesInDataSection: { message: '$PSCulture, $PSUICulture, $true, $false, $null' },
  DoWhileStatementNotSupportedInDataSection: {
    message: 'The Do and While statements are not allowed in restricted language mode or a Data section.',
  },
  DotSourcingNotSupportedInDataSection: {
    message: 'Dot sourcing is not allowed in restricted language mode or a Data section.',
  },
  DscResourceInvalidGetMethod: {
    message: 'Invalid Get method. Get method must return [{0}] and accepts no parameters.',
  },
  DscResourceInvalidKeyProperty: {
    message:
      'Invalid key property. The key property must be of [string], signed/unsigned integer, or Enum types.',
  },
  DscResourceMissingDefaultConstructor: { message: "The DSC resource '{0}' has no default constructor." },
  DscResourceMissingGetMethod: {
    message: "The DSC resource '{0}' is missing a Get method that returns [{0}] and accepts no parameters.",
  },
  DscResourceMissingKeyProperty: {
    message:
      "The DSC resource '{0}' must have at least one key property (using the syntax [DscProperty(Key)].)",
  },
  DscResourceMissingSetMethod: {
    message: "The DSC resource '{0}' is missing a Set method that returns [void] and accepts no parameters.",
  },
  DscResourceMissingTestMethod: {
    message: "The DSC resource '{0}' is missing a Test method that returns [bool] and accepts no parameters.",
  },
  DuplicateFormalParameter: { message: 'Duplicate parameter ${0} in parameter list.' },
  DuplicateKeyInHashLiteral: { message: "Duplicate keys '{0}' are not allowed in hash literals." },
  DuplicateNamedArgument: { message: "Duplicate named arguments '{0}' are not allowed." },
  DuplicateQualifier: { message: "Duplicate '{0}' qualifier" },
  DuplicateScriptCommandClause: { message: "Script command clause '{0}' has already been defined." },
  EmptyCatchNotLast: { message: 'Catch block must be the last catch block.' },
  EmptyPipeElement: { message: 'An empty pipe element is not allowed.' },
  EmptyPipelineChainElement: { message: 'A pipeline chain operator must be followed by a pipeline.' },
  EmptyVariableReference: {
    message: 'An empty ${} variable reference was found. A name is required inside the braces.',
  },
  EndSquareBracketExpectedAtEndOfAttribute: { message: 'Missing ] at end of attribute or type literal.' },
  EndSquareBracketExpectedAtEndOfType: { message: 'Missing ] at end of type token.' },
  ErrorStream: { message: 'error stream' },
  ExceptionTypeAlreadyCaught: { message: 'Exception type {0} is already handled by a previous handler.' },
  ExpectedExpression: { message: "An expression was expected after '('." },
  ExpectedValueExpression: { message: "You must provide a value expression following the '{0}' operator." },
  ExpressionsMustBeFirstInPipeline: {
    message: 'Expressions are only allowed as the first element of a pipeline.',
  },
  FlowControlStatementNotSupportedInDataSection: {
    message:
      'Flow control statements such as Break, Continue, Return, Exit, and Throw are not allowed in restricted language mode or a Data section.',
  },
  ForWhileStatementNotSupportedInDataSection: {
    message: 'For and While statements are not allowed in restricted language mode or a Data section.',
  },
  ForeachStatementNotSupportedInDataSection: {
    message: 'Foreach statements are not allowed in restricted language mode or a Data section.',
  },
  FunctionDeclarationNotSupportedInDataSection: {
    message: 'Function declarations are not allowed in restricted language mode or a Data section.',
  },
  IfStatementMissingCondition: { message: "Missing condition in if statement after '{0} ('." },
  IncompleteDollarSubexpressionReference: { message: "$(subexpression) is missing the closing ')'." },
  IncompleteDollarVariableReference: {
    message: "${{variable}} reference starting is missing the closing '}}'.",
  },
  IncompleteMemberDefinition: { message: 'Missing a property name or method definition.' },
  IncompleteString: { message: 'Incomplete string token.' },
  InformationStream: { message: 'information stream' },
  InvalidBracedVariableReference: {
    message: 'Variable reference is not valid. The variable name is missing.',
  },
  InvalidConfigurationName: {
    message:
      "The configuration name '{0}' is not valid. Standard names may only contain letters (a-z, A-Z), numbers (0-9), period (.), hyphen (-) and underscore (_). The name may not be null or empty, and should start with a letter.",
  },
  InvalidForeachFlag: { message: 'The parameter {0} is not valid for the foreach statement.' },
  InvalidFunctionParameter: {
    message:
      'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.',
  },
  InvalidLeftHandSide: {
    message:
      'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  },
  InvalidNamespaceValue: {
    message: "The specified namespace in the 'using' statement contains invalid characters.",
  },
  InvalidParameterForDataSectionStatement: {
    message:
      'The "{0}" parameter of the Data section is not valid. The valid Data section parameter is SupportedCommand.',
  },
  /** MshSnapInCmdletResources.InvalidPSSnapInName, which the tokenizer reports for a bad `#requires -PSSnapin` name. */
  InvalidPSSnapInName: {
    message:
      'The format of the specified snap-in name was not valid.  PowerShell snap-in names can only contain alpha-numeric characters, dashes, underscores and periods. Correct the name and then try the operation again.',
  },
  InvalidSwitchFlag: { message: 'The parameter {0} is not valid for the switch statement.' },
  InvalidUnderlyingType: {
    message:
      "'{0}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
  },
  InvalidUnicodeEscapeSequence: {
    message:
      "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
  },
  InvalidUnicodeEscapeSequenceValue: {
    message: 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.',
  },
  InvalidUsingExpression: { message: 'Expression is not allowed in a Using expression.' },
  InvalidValueForUsingItemName: { message: "'{0}' is not a valid value for using name." },
  InvalidVariableReference: {
    message:
      "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  },
  InvalidVariableReferenceWithDrive: {
    message:
      "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  },
  KeywordParameterReservedForFutureUse: { message: "The {0} '-{1}' parameter is reserved for future use." },
  LabelNotFound: { message: "Label '{0}' not found inside the method." },
  MemberAlreadyDefined: { message: "The member '{0}' is already defined." },
  MethodCallNotSupportedInDataSection: {
    message: 'Method calls are not allowed in restricted language mode or a Data section.',
  },
  MethodHasCodePathNotReturn: { message: 'Not all code path returns value within method.' },
  MissingArgument: { message: 'Missing argument in parameter list.' },
  MissingArrayIndexExpression: { message: 'Array index expression is missing or not valid.' },
  MissingAssemblyNameSpecification: { message: 'The type name is missing the assembly name specification.' },
  MissingBaseCtorCall: { message: "Missing 'base' after ':' in a base class constructor call." },
  MissingCatchHandlerBlock: { message: 'The Catch block is missing its statement block.' },
  MissingCatchOrFinally: { message: 'The Try statement is missing its Catch or Finally block.' },
  MissingColonInTernaryExpression: { message: "Missing ':' in the ternary expression." },
  MissingConfigurationName: {
    message:
      'The name for the configuration is missing. Provide the missing name as a simple name, string, or string-valued expression.',
  },
  MissingCurlyBraceInSwitchStatement: { message: "Missing '{' in switch statement." },
  MissingEndCurlyBrace: { message: "Missing closing '}' in statement block or type definition." },
  MissingEndParenthesisAfterForeach: {
    message:
      "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  },
  MissingEndParenthesisAfterStatement: {
    message: "Missing closing ')' after expression in '{0}' statement.",
  },
  MissingEndParenthesisInExpression: { message: "Missing closing ')' in expression." },
  MissingEndParenthesisInFunctionParameterList: { message: "Missing ')' in function parameter list." },
  MissingEndParenthesisInMethodCall: { message: "Missing ')' in method call." },
  MissingEndParenthesisInSubexpression: { message: "Missing closing ')' in subexpression." },
  MissingEndParenthesisInSwitchStatement: { message: "Missing ')' after expression in switch statement." },
  MissingEndSquareBracket: { message: "Missing ']' after array index expression." },
  MissingEqualsInHashLiteral: { message: "Missing '=' operator after key in hash literal." },
  MissingEqualsInUsingAlias: { message: "Missing '=' operator" },
  MissingExpression: { message: "Missing expression after '{0}' in pipeline element." },
  MissingExpressionAfterKeyword: { message: "Missing expression after '{0}' in loop." },
  MissingExpressionAfterOperator: { message: "Missing expression after unary operator '{0}'." },
  MissingExpressionAfterToken: { message: "Missing expression after '{0}'." },
  MissingExpressionInNamedArgument: { message: "Missing statement after '=' in named argument." },
  MissingFileSpecification: { message: 'Missing file specification after redirection operator.' },
  MissingFilenameOption: {
    message:
      "Cannot process the 'switch' statement because of a missing file name argument to the -file option.",
  },
  MissingFinallyStatementBlock: { message: 'The Finally block is missing its statement block.' },
  MissingForeachExpression: {
    message: 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  },
  MissingForeachStatement: {
    message: 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  },
  MissingFunctionBody: { message: 'Missing function body in function declaration.' },
  MissingInInForeach: {
    message: "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  },
  MissingLoopStatement: { message: 'Missing statement body in {0} loop.' },
  MissingMethodParameterList: { message: "Missing '(' in class method parameter list." },
  MissingNameAfterKeyword: { message: 'Missing name after {0} keyword.' },
  MissingNamedBlocks: {
    message: "unexpected token '{0}', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'.",
  },
  MissingNamedStatementBlock: { message: "Missing statement block after '{0}'." },
  MissingNamespaceAlias: { message: 'Missing namespace alias' },
  MissingOpenParenthesisAfterKeyword: { message: "Missing opening '(' after keyword '{0}'." },
  MissingOpenParenthesisInIfStatement: { message: "Missing '(' after '{0}' in if statement." },
  MissingPropertyName: { message: 'Missing property name after reference operator.' },
  MissingPropertyTerminator: { message: "Missing ';' or end-of-line in property definition." },
  MissingStatementAfterKeyword: { message: "Missing statement body after keyword '{0}'." },
  MissingStatementBlock: { message: 'Missing statement block after {0} ( condition ).' },
  MissingStatementBlockAfterElse: { message: "Missing statement block after 'else' keyword." },
  MissingStatementBlockForDataSection: { message: 'The Data section is missing its statement block.' },
  MissingStatementInHashLiteral: { message: "Missing statement after '=' in hash literal." },
  MissingStatementTerminator: { message: 'Missing a newline or semicolon.' },
  MissingSwitchConditionExpression: { message: 'Missing condition in switch statement clause.' },
  MissingSwitchStatementClause: { message: 'Missing statement block in switch statement clause.' },
  MissingTerminatorMultiLineComment: {
    message: "The terminator '#>' is missing from the multiline comment.",
  },
  MissingThis: { message: "Cannot assign property, use '{0}{1}'." },
  MissingThrottleLimit: {
    message:
      'The ThrottleLimit parameter of the foreach statement is missing a value. Supply a throttle limit to the parameter.',
  },
  MissingTrapStatement: { message: "The 'trap' statement was incomplete. A trap statement requires a body." },
  MissingTryStatementBlock: { message: 'The Try statement is missing its statement block.' },
  MissingTypeBody: { message: "Missing '{0}' body in '{0}' declaration." },
  MissingTypeInStaticPropertyAssignment: { message: "Cannot assign property, use '{0}{1}'." },
  MissingTypeLiteralToken: { message: 'Missing type literal.' },
  MissingTypename: { message: "Missing type name after '['." },
  MissingUnicodeEscapeSequenceTerminator: {
    message: "The Unicode escape sequence is missing the closing '}'.",
  },
  MissingUsingItemName: { message: 'Missing using name' },
  MissingUsingStatementDirective: { message: 'Missing using directive' },
  MissingValueForSupportedCommandInDataSectionStatement: {
    message:
      'The SupportedCommand parameter of the Data section is missing a value. Supply a cmdlet or function name to the parameter.',
  },
  MissingVariableNameAfterForeach: {
    message: 'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}',
  },
  MissingWhileOrUntilInDoWhile: { message: 'Missing while or until keyword in do loop.' },
  ModuleNotFoundDuringParse: { message: "Could not find the module '{0}'." },
  MultipleSwitchDefaultClauses: { message: 'A switch statement can have only one default clause.' },
  MultipleTypeConstraintsOnMethodParam: {
    message: 'Multiple type constraints are not allowed on a method parameter.',
  },
  NamedBlockNotAllowedInMethod: { message: 'A named block is not allowed in a class method.' },
  NonStaticMemberAccessInStaticMember: {
    message:
      "Cannot access the non-static member '{0}' in a static method or initializer of a static property.",
  },
  NonVoidMethodMissingReturnValue: { message: 'Invalid return statement within non-void method.' },
  OnlyOneParameterListAllowed: {
    message: 'The param statement cannot be used if arguments were specified in the function declaration.',
  },
  OpenBraceNeedsToBeBackTickedInVariableName: { message: 'Use `{ instead of { in variable names.' },
  OperatorNotSupportedInDataSection: {
    message: "The '{0}' operator is not allowed in restricted language mode or a Data section.",
  },
  OperatorRequiresVariableOrProperty: {
    message: "The '{0}' operator works only on variables or on properties.",
  },
  OrderedAttributeOnlyOnHashLiteralNode: {
    message: 'The {0} attribute can be specified only on a hash literal node.',
  },
  OutputStream: { message: 'output stream' },
  ParallelAndSequenceBlockNotSupportedInDataSection: {
    message: 'Parallel and sequence blocks are not allowed in restricted language mode or a Data section.',
  },
  ParamBlockNotAllowedInMethod: { message: 'A param block is not allowed in a class method.' },
  ParameterAttributeArgumentNeedsToBeConstant: { message: 'Attribute argument must be a constant.' },
  ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock: {
    message: 'Attribute argument must be a constant or a script block.',
  },
  ParameterAlreadyBound: {
    message:
      'Cannot bind parameter because parameter \'{1}\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".',
  },
  ParameterCannotHaveArgument: { message: 'Parameter {0} cannot have an argument.' },
  ParameterDeclarationNotSupportedInDataSection: {
    message: 'Parameter declarations are not allowed in restricted language mode or a Data section.',
  },
  ParameterRequiresArgument: { message: 'Parameter {0} requires an argument.' },
  ParserError: { message: '{0}' },
  PipelineValueRequired: {
    message: "A switch statement must have one of the following:  '-file file_name' or '( expression )'.",
  },
  PropertyNotFoundForAttribute: {
    message:
      "Property '{0}' cannot be found for attribute '{1}'. Specify one of the following properties: {2}.",
  },
  PropertyReferenceNotSupportedInDataSection: {
    message: 'Property references are not allowed in restricted language mode or a Data section.',
  },
  /** ExtendedTypeSystem.ReadOnlyProperty, which SemanticChecks reports for a get-only attribute property. */
  ReadOnlyProperty: { message: '"{0}" is a ReadOnly property.' },
  RedirectionNotSupported: { message: "The '{0}' operator is reserved for future use." },
  RedirectionNotSupportedInDataSection: {
    message: 'Redirection is not allowed in restricted language mode or a Data section.',
  },
  ReferenceNeedsToBeByItselfInTypeConstraint: {
    message: 'Cannot use [ref] with other types in a type constraint.',
  },
  ReferenceNeedsToBeByItselfInTypeSequence: {
    message: 'Cannot have two occurrences of [ref] in a type sequence.',
  },
  ReferenceNeedsToBeLastTypeInTypeConversion: {
    message: '[ref] can only be the final type in type conversion sequence.',
  },
  RequiresArgumentMustBeConstant: { message: 'Argument must be constant.' },
  RequiresInvalidStringArgument: {
    message: 'The argument for the {0} parameter is not valid. Specify a valid string argument.',
  },
  RequiresModuleInvalid: { message: 'The argument for the Module parameter is not valid. {0}' },
  RequiresPSEditionInvalid: {
    message: 'The argument for the {0} parameter is not valid. Specify a valid PowerShell edition.',
  },
  RequiresPSEditionValueIsAlreadySpecified: {
    message:
      'The argument for the {0} parameter contains duplicate values. Do not specify duplicate PowerShell edition values.',
  },
  RequiresVersionInvalid: {
    message:
      'The argument for the Version parameter is not valid. Specify a valid PowerShell version, in the format major.minor version.',
  },
  ReservedKeywordNotAllowed: {
    message: "The '{0}' keyword is not supported in this version of the language.",
  },
  // From PowerShell's DiscoveryExceptions.resx.
  ScriptBlockNotSupportedInDataSection: {
    message: 'Script block literals are not allowed in restricted language mode or a Data section.',
  },
  ScriptRequiresInvalidFormat: {
    message:
      'Cannot process the #requires statement because it is not in the correct format.\nThe #requires statement must be in one of the following formats:\n "#requires -shellid <shellID>"\n "#requires -version <major.minor>"\n "#requires -psedition <edition>"\n "#requires -pssnapin <psSnapInName> [-version <major.minor>]"\n "#requires -modules <ModuleSpecification>"\n "#requires -runasadministrator"',
  },
  ScriptTooComplicated: { message: 'Processing was stopped because the script is too complex.' },
  SplattingNotPermitted: {
    message:
      "The splatting operator '@' cannot be used to reference variables in an expression. '@{0}' can be used only as an argument to a command. To reference variables in an expression use '${0}'.",
  },
  SplattingNotPermittedInArgumentList: {
    message: "Splatted variables like '@{0}' cannot be part of a comma-separated list of arguments.",
  },
  StreamAlreadyRedirected: { message: 'The {0} for this command is already redirected.' },
  SwitchStatementNotSupportedInDataSection: {
    message: 'The switch statement is not allowed in restricted language mode or a Data section.',
  },
  TerminatorExpectedAtEndOfString: { message: 'The string is missing the terminator: {0}.' },
  ThrottleLimitRequiresParallelFlag: {
    message:
      'The ThrottleLimit parameter is only supported on foreach statements that use the Parallel parameter.',
  },
  TooManyDigitsInUnicodeEscapeSequence: {
    message: 'The Unicode escape sequence contains more than the maximum of six hex digits between braces.',
  },
  TooManyTypes: { message: 'Only one type may be specified on class members.' },
  TrapStatementNotSupportedInDataSection: {
    message: 'The Trap statement is not allowed in restricted language mode or a Data section.',
  },
  TryStatementNotSupportedInDataSection: {
    message: 'The Try statement is not allowed in restricted language mode or a Data section.',
  },
  TypeNameExpected: { message: 'Type name expected.' },
  TypeNotFound: { message: 'Unable to find type [{0}].' },
  TypeNotAllowedBeforeParam: { message: 'Unexpected type [{0}] was found in the parameter statement.' },
  TypeNotAllowedBeforeStatement: { message: 'Unexpected type [{0}] was found before statement.' },
  TypeNotAllowedForProperty: { message: "The type '{0}' is not allowed on a property." },
  TypeNotAllowedInDataSection: {
    message: 'The type {0} is not allowed in restricted language mode or a Data section.',
  },
  UnexpectedAttribute: { message: "Unexpected attribute '{0}'." },
  UnexpectedCharactersAfterHereStringHeader: {
    message: 'No characters are allowed after a here-string header but before the end of the line.',
  },
  UnexpectedKeyword: { message: "Unexpected keyword '{0}'." },
  UnexpectedToken: { message: "Unexpected token '{0}' in expression or statement." },
  UnexpectedUnaryOperator: { message: 'Internal error - unexpected unary operator {0}.' },
  UnrecognizedToken: { message: 'Unrecognized token in source text.' },
  UsingMustBeAtStartOfScript: {
    message: "A 'using' statement must appear before any other statements in a script.",
  },
  UsingStatementNotSupported: { message: "This syntax of the 'using' statement is not supported." },
  VariableNotLocal: { message: 'Variable is not assigned in the method.' },
  VariableReferenceNotSupportedInDataSection: {
    message:
      'A variable that cannot be referenced in restricted language mode or a Data section is being referenced. Variables that can be referenced include the following: {0}.',
  },
  VerboseStream: { message: 'verbose stream' },
  VoidMethodHasReturn: { message: 'Invalid return statement within void method.' },
  VoidTypeConstraintNotAllowed: {
    message: '[void] cannot be used as a parameter type, or on the left side of an assignment.',
  },
  WarningStream: { message: 'warning stream' },
  WhitespaceBeforeHereStringFooter: { message: 'White space is not allowed before the string terminator.' },
  WildCardModuleNameError: { message: 'Wildcard characters are not supported for module names.' },
  WorkflowNotSupportedInPowerShellCore: { message: 'Workflow is not supported in PowerShell 6+.' },
  // exosh-specific: an internal failure reported as a parse error instead of a JavaScript exception.
  ParserInternalError: { message: 'The parser failed unexpectedly: {0}.' },
} as const satisfies Record<string, DiagnosticEntry>;

export type DiagnosticId = keyof typeof diagnostics;

/** A template split once into literal text (strings) and argument holes (numbers, with the hole's text). */
type CompiledTemplate = readonly (string | readonly [number, string])[];
const compiled = new Map<DiagnosticId, CompiledTemplate>();

function compile(message: string): CompiledTemplate {
  const parts: (string | readonly [number, string])[] = [];
  let text = '';
  let last = 0;
  for (const m of message.matchAll(/\{\{|\}\}|\{(\d+)\}/g)) {
    text += message.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') text += '{';
    else if (m[0] === '}}') text += '}';
    else {
      parts.push(text);
      text = '';
      parts.push([Number(m[1]), m[0]]);
    }
  }
  parts.push(text + message.slice(last));
  return parts;
}

/**
 * Formats a template as .NET's String.Format does for plain holes: {n} filled in order, {{ and }} are braces.
 * Built by concatenation, so a long argument (a token's text) is not copied.
 */
export function formatDiagnostic(id: DiagnosticId, ...args: readonly string[]): string {
  let template = compiled.get(id);
  if (template === undefined) compiled.set(id, (template = compile(diagnostics[id].message)));
  let out = '';
  for (const part of template) out += typeof part === 'string' ? part : (args[part[0]] ?? part[1]);
  return out;
}
