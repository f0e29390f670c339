// The runtime's error table: PowerShell ErrorId -> category, exception type and English message template.
import type { ErrorCategory } from '../../errors/error-record.js';

export interface RuntimeMessage {
  readonly category: ErrorCategory;
  readonly exceptionType: string;
  readonly template: string;
}

const rt = 'System.Management.Automation.RuntimeException';

export const runtimeMessages = {
  CommandNotFoundException: {
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.CommandNotFoundException',
    template:
      "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  },
  VariableIsUndefined: {
    category: 'InvalidOperation',
    exceptionType: rt,
    template: "The variable '${0}' cannot be retrieved because it has not been set.",
  },
  VariableNotWritable: {
    category: 'WriteError',
    exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    template: 'Cannot overwrite variable {0} because it is read-only or constant.',
  },
  InvokeMethodOnNull: {
    category: 'InvalidOperation',
    exceptionType: rt,
    template: 'You cannot call a method on a null-valued expression.',
  },
  NullArray: { category: 'InvalidOperation', exceptionType: rt, template: 'Cannot index into a null array.' },
  CannotIndex: {
    category: 'InvalidOperation',
    exceptionType: rt,
    template: 'Unable to index into an object of type "{0}".',
  },
  PropertyNotFound: {
    category: 'InvalidOperation',
    exceptionType: rt,
    template:
      "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
  },
  PropertyNotFoundStrict: {
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PropertyNotFoundException',
    template: "The property '{0}' cannot be found on this object. Verify that the property exists.",
  },
  StrictModeFunctionCallWithParens: {
    category: 'InvalidOperation',
    exceptionType: rt,
    template:
      'The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.',
  },
  RuntimeException: { category: 'OperationStopped', exceptionType: rt, template: '{0}' },
  ScriptHalted: { category: 'OperationStopped', exceptionType: rt, template: 'ScriptHalted' },
  BadExpression: { category: 'InvalidOperation', exceptionType: rt, template: '{0}' },
  TypeNotFound: { category: 'InvalidOperation', exceptionType: rt, template: 'Unable to find type [{0}].' },
  NonExistingDriveOrProvider: {
    category: 'ObjectNotFound',
    exceptionType: 'System.Management.Automation.DriveNotFoundException',
    template: "Cannot find drive. A drive with the name '{0}' does not exist.",
  },
  ActionPreferenceStop: {
    category: 'OperationStopped',
    exceptionType: 'System.Management.Automation.ActionPreferenceStopException',
    template:
      'The running command stopped because the preference variable "{0}" or common parameter is set to Stop: {1}',
  },
  ParserError: {
    category: 'ParserError',
    exceptionType: 'System.Management.Automation.ParseException',
    template: '{0}',
  },
  ExpectedExpression: {
    category: 'ParserError',
    exceptionType: rt,
    template: "An expression was expected after '('.",
  },
  CannotSplatNonHashtableOrArray: {
    category: 'InvalidArgument',
    exceptionType: rt,
    template: "Splatted variables like '@{0}' cannot be part of a comma-separated list of arguments.",
  },
  NativeCommandFailed: {
    category: 'ResourceUnavailable',
    exceptionType: 'System.Management.Automation.ApplicationFailedException',
    template: "An error occurred trying to start process '{0}' with working directory '{1}'. {2}",
  },
  PipelineStopped: {
    category: 'OperationStopped',
    exceptionType: 'System.Management.Automation.PipelineStoppedException',
    template: 'The pipeline has been stopped.',
  },
  // `#requires` checks of a script file (CommandDiscovery.VerifyScriptRequirements, DiscoveryExceptions.resx).
  ScriptRequiresUnmatchedPSVersion: {
    category: 'ResourceUnavailable',
    exceptionType: 'System.Management.Automation.ScriptRequiresException',
    template:
      'The script \'{0}\' cannot be run because it contained a "#requires" statement for PowerShell {1}. The version of PowerShell that is required by the script does not match the currently running version of PowerShell {2}.',
  },
  ScriptRequiresUnmatchedPSEdition: {
    category: 'NotSpecified',
    exceptionType: rt,
    template:
      "The script '{0}' cannot be run because it contained a \"#requires\" statement for PowerShell editions '{1}'. The edition of PowerShell that is required by the script does not match the currently running PowerShell {2} edition.",
  },
  ScriptRequiresMissingModules: {
    category: 'ResourceUnavailable',
    exceptionType: 'System.Management.Automation.ScriptRequiresException',
    template:
      'The script \'{0}\' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: {1}.',
  },
  // CommandDiscovery.CreateScriptProcessorForSingleShell: a script file with `#requires -ShellId` (any id) does not run.
  RequiresShellIDInvalidForSingleShell: {
    category: 'ResourceUnavailable',
    exceptionType: 'System.Management.Automation.ScriptRequiresException',
    template:
      'A #requires statement has specified only a shellID. #Requires statements must specify a required PowerShell snap-in when running in PowerShell.',
  },
  ScriptRequiresElevation: {
    category: 'PermissionDenied',
    exceptionType: 'System.Management.Automation.ScriptRequiresException',
    template:
      'The script \'{0}\' cannot be run because it contains a "#requires" statement for running as Administrator. The current PowerShell session is not running as Administrator. Start PowerShell by using the Run as Administrator option, and then try running the script again.',
  },
} as const satisfies Record<string, RuntimeMessage>;

export type RuntimeMessageId = keyof typeof runtimeMessages;

export function formatRuntimeMessage(id: RuntimeMessageId, ...args: readonly unknown[]): string {
  return runtimeMessages[id].template.replace(/\{(\d+)\}/g, (hole, n: string) =>
    Number(n) < args.length ? String(args[Number(n)]) : hole,
  );
}
