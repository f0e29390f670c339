// Messages of type resolution and member access: one table keyed by PowerShell's ErrorId (ParserStrings, ExtendedTypeSystem).
import type { ErrorCategory } from '../errors/error-record.js';

export interface MemberMessageEntry {
  /** English template; `{0}`, `{1}`... are replaced by the arguments. */
  readonly template: string;
  readonly category: ErrorCategory;
  /** .NET exception type PowerShell reports for this error. */
  readonly exceptionType: string;
}

const RUNTIME = 'System.Management.Automation.RuntimeException';
const METHOD = 'System.Management.Automation.MethodException';

export const MemberMessages = {
  TypeNotFound: {
    template: 'Unable to find type [{0}].',
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  TypeNotFoundWithMessage: {
    template: 'Unable to find type [{0}]. Details: {1}',
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  PropertyNotFoundStrict: {
    template: "The property '{0}' cannot be found on this object. Verify that the property exists.",
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PropertyNotFoundException',
  },
  MethodNotFound: {
    template: "Method invocation failed because [{0}] does not contain a method named '{1}'.",
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  MethodCountCouldNotFindBest: {
    template: 'Cannot find an overload for "{0}" and the argument count: "{1}".',
    category: 'InvalidOperation',
    exceptionType: METHOD,
  },
  MethodArgumentConversionInvalidCastArgument: {
    template: 'Cannot convert argument "{0}", with value: "{1}", for "{2}" to type "{3}": "{4}"',
    category: 'InvalidOperation',
    exceptionType: METHOD,
  },
  NonRefArgumentToRefParameter: {
    template: "Argument: '{0}' should be a {1}. Use {2}.",
    category: 'InvalidArgument',
    exceptionType: METHOD,
  },
  MethodInvocationException: {
    template: 'Exception calling "{0}" with "{1}" argument(s): "{2}"',
    category: 'NotSpecified',
    exceptionType: 'System.Management.Automation.MethodInvocationException',
  },
  InvokeMethodOnNull: {
    template: 'You cannot call a method on a null-valued expression.',
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  PropertyNotFound: {
    template:
      "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  PropertyAssignmentException: {
    template:
      "The property '{0}' cannot be found on this object. Verify that the property exists and can be set.",
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  PropertyIsReadOnly: {
    template: "'{0}' is a ReadOnly property.",
    category: 'InvalidOperation',
    exceptionType: RUNTIME,
  },
  ExceptionWhenSetting: {
    template: 'Exception setting "{0}": "{1}"',
    category: 'NotSpecified',
    exceptionType: 'System.Management.Automation.SetValueInvocationException',
  },
} as const satisfies Record<string, MemberMessageEntry>;

export type MemberErrorId = keyof typeof MemberMessages;

/** Fills a template's `{n}` slots. */
export function fillTemplate(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)] ?? ''));
}
