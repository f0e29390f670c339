// Every error and warning the emulated admin API can produce, keyed by ErrorId: status, exception class and English template.

/** PowerShell's System.Management.Automation.ErrorCategory values, by name. */
export const ErrorCategory = {
  NotSpecified: 0,
  InvalidArgument: 5,
  InvalidData: 6,
  InvalidOperation: 7,
  ObjectNotFound: 13,
  PermissionDenied: 18,
  ResourceExists: 20,
  LimitsExceeded: 29,
} as const;

export interface ErrorDefinition {
  /** HTTP status the real service answers with. */
  readonly status: number;
  /** OData `error.code`. */
  readonly code: string;
  /** Exchange's localized-string id, the first segment of `details[].message`; absent for engine (binding) errors. */
  readonly stringId?: string;
  /** Fully qualified exception class: second segment of `details[].message` and the `x-ExceptionType` header (short name). */
  readonly className: string;
  readonly category: number;
  /** English text; `{0}`, `{1}`… are replaced by the arguments in order. */
  readonly template: string;
}

// Texts copied from real service responses where one was seen (Ex6F9304 and the paging expiry appear in
// public reports); the PowerShell engine texts are PowerShell 7's. Other string ids are marked in README.md.
export const errorTable = {
  ManagementObjectNotFound: {
    status: 404,
    code: 'NotFound',
    stringId: 'Ex6F9304',
    className: 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
    category: ErrorCategory.ObjectNotFound,
    template: "The operation couldn't be performed because object '{0}' couldn't be found on '{1}'.",
  },
  // Seen in public reports: an ambiguous identity is reported with the not-found class and its own string id.
  ManagementObjectAmbiguous: {
    status: 404,
    code: 'NotFound',
    stringId: 'Ex9E65A2',
    className: 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException',
    category: ErrorCategory.InvalidArgument,
    template: "The operation couldn't be performed because object: '{0}' matches multiple entries.",
  },

  ObjectAlreadyExists: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex0A4ACF',
    className: 'Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException',
    category: ErrorCategory.ResourceExists,
    template: "Active Directory operation failed on {1}. The object '{0}' already exists.",
  },
  MemberAlreadyExists: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex7A1A05',
    className: 'Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException',
    category: ErrorCategory.ResourceExists,
    template: 'The recipient "{0}" is already a member of the group "{1}".',
  },
  MemberNotFound: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex3A7B2E',
    className: 'Microsoft.Exchange.Management.Tasks.MemberNotFoundException',
    category: ErrorCategory.ObjectNotFound,
    template: 'The recipient "{0}" isn\'t a member of the group "{1}".',
  },
  ProxyAddressExists: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex7D2D8C',
    className: 'Microsoft.Exchange.Data.Directory.ProxyAddressExistsException',
    category: ErrorCategory.ResourceExists,
    template:
      'The proxy address "{0}" is already being used by the proxy addresses or LegacyExchangeDN of "{1}". Please choose another proxy address.',
  },
  FolderPermissionExists: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex8F6B6F',
    className: 'Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException',
    category: ErrorCategory.InvalidOperation,
    template: 'An existing permission entry was found for user: {0}.',
  },
  FolderPermissionNotFound: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex9B1C41',
    className: 'Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException',
    category: ErrorCategory.InvalidOperation,
    template: 'There is no existing permission entry found for user: {0}.',
  },
  OwnerMustBeMember: {
    status: 400,
    code: 'BadRequest',
    stringId: 'ExB1F7D2',
    className: 'Microsoft.Exchange.Configuration.Tasks.TaskInvalidOperationException',
    category: ErrorCategory.InvalidOperation,
    template:
      "Only Members can be Owners of a group. Please add '{0}' first as members before adding them as owners.",
  },
  InvalidFilterSyntax: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template:
      'Cannot bind parameter \'Filter\' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help.\n"{0}" at position {1}."',
  },
  UnknownFilterProperty: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template:
      'Cannot bind parameter \'Filter\' to the target. Exception setting "Filter": ""{0}" is not a recognized filterable property. Valid property names are: {1}."',
  },
  NamedParameterNotFound: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template: "A parameter cannot be found that matches parameter name '{0}'.",
  },
  CannotConvertArgument: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template: 'Cannot bind parameter \'{0}\'. Cannot convert value "{1}" to type "{2}". Error: "{3}"',
  },
  ValidateSetFailure: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingValidationException',
    category: ErrorCategory.InvalidData,
    template:
      'Cannot validate argument on parameter \'{0}\'. The argument "{1}" does not belong to the set "{2}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.',
  },
  MissingMandatoryParameter: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template: 'Cannot process command because of one or more missing mandatory parameters: {0}.',
  },
  AmbiguousParameterSet: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.ParameterBindingException',
    category: ErrorCategory.InvalidArgument,
    template:
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  },
  CommandNotFound: {
    status: 400,
    code: 'BadRequest',
    className: 'System.Management.Automation.CommandNotFoundException',
    category: ErrorCategory.ObjectNotFound,
    template:
      "The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.",
  },
  InvalidRequestBody: {
    status: 400,
    code: 'BadRequest',
    className: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    category: ErrorCategory.InvalidArgument,
    template: 'The request body is invalid: {0}',
  },
  PaginationExpired: {
    status: 400,
    code: 'BadRequest',
    className: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    category: ErrorCategory.InvalidOperation,
    template: 'Expired or Invalid pagination request. Default Expiry time is 00:30:00',
  },
  UnknownTenant: {
    status: 404,
    code: 'NotFound',
    className: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    category: ErrorCategory.ObjectNotFound,
    template: "The tenant '{0}' couldn't be found.",
  },
  InvalidDateRange: {
    status: 400,
    code: 'BadRequest',
    stringId: 'ExC1D52F',
    className: 'Microsoft.Exchange.Management.SystemConfigurationTasks.InvalidDateRangeException',
    category: ErrorCategory.InvalidArgument,
    template: 'The start date should be earlier than the end date.',
  },
  InvalidValue: {
    status: 400,
    code: 'BadRequest',
    stringId: 'Ex1D6B1B',
    className: 'Microsoft.Exchange.Configuration.Tasks.TaskArgumentException',
    category: ErrorCategory.InvalidArgument,
    template: "The value '{0}' isn't valid for the parameter '{1}'.",
  },
  InternalError: {
    status: 500,
    code: 'InternalServerError',
    className: 'System.Exception',
    category: ErrorCategory.NotSpecified,
    template:
      'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.',
  },
  // A $batch sub-request answered with a transient failure (fault injection): the texts the HTTP layer uses.
  Throttled: {
    status: 429,
    code: 'TooManyRequests',
    className: 'Microsoft.Exchange.Data.ThrottlingException',
    category: ErrorCategory.LimitsExceeded,
    template: 'Too many concurrent requests for the user. Please retry after {0} seconds.',
  },
  ServiceUnavailable: {
    status: 503,
    code: 'ServiceUnavailable',
    className: 'Microsoft.Exchange.Data.ServerBusyException',
    category: ErrorCategory.NotSpecified,
    template: 'The service is temporarily unavailable. Please try again later.',
  },
  BatchTooLarge: {
    status: 400,
    code: 'BadRequest',
    className: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
    category: ErrorCategory.LimitsExceeded,
    template: 'The batch request contains {0} requests; at most {1} are allowed.',
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorId = keyof typeof errorTable;

/** Non-terminating warnings (`@adminapi.warnings`), keyed by an id of ours. */
export const warningTable = {
  MoreResultsAvailable:
    'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.',
  NoSettingsModified: "The command completed successfully but no settings of '{0}' have been modified.",
  AceNotFound:
    'Can\'t remove the access control entry on the object "{0}" for account "{1}" because the ACE doesn\'t exist on the object.',
} as const;

export type WarningId = keyof typeof warningTable;

/** Fills `{0}`, `{1}`… from args; a missing argument leaves an empty string. */
export function formatTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => args[Number(i)] ?? '');
}

export function warningText(id: WarningId, ...args: string[]): string {
  return formatTemplate(warningTable[id], args);
}
