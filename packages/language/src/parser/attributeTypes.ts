// What the class checks need to know of the attribute types scripts use: AttributeUsage and public properties (.NET data).

/** .NET's AttributeTargets flags. */
export const AttributeTargets = {
  Assembly: 0x1,
  Module: 0x2,
  Class: 0x4,
  Struct: 0x8,
  Enum: 0x10,
  Constructor: 0x20,
  Method: 0x40,
  Property: 0x80,
  Field: 0x100,
  Event: 0x200,
  Interface: 0x400,
  Parameter: 0x800,
  Delegate: 0x1000,
  ReturnValue: 0x2000,
  GenericParameter: 0x4000,
  All: 0x7fff,
} as const;

export interface AttributeTypeInfo {
  /** How PowerShell names the type in messages (ToStringCodeMethods.Type: the accelerator, else the full name). */
  readonly displayName: string;
  /** AttributeUsage.ValidOn (inherited from the base class where the type declares none). */
  readonly validOn: number;
  /** Public instance properties and fields in reflection order (the type's own first, then its bases'). */
  readonly properties: readonly { readonly name: string; readonly settable: boolean }[];
}

const T = AttributeTargets;
const FieldOrProperty = T.Field | T.Property;

/** Properties as `Name` (settable) or `Name!` (get-only); System.Attribute's TypeId is get-only and never listed. */
const props = (...names: string[]): AttributeTypeInfo['properties'] =>
  names.map((n) =>
    n.endsWith('!') ? { name: n.slice(0, -1), settable: false } : { name: n, settable: true },
  );

const cmdletCommon = [
  'DefaultParameterSetName',
  'SupportsShouldProcess',
  'SupportsPaging',
  'SupportsTransactions',
  'ConfirmImpact',
  'HelpUri',
  'RemotingCapability',
];

const sma = 'System.Management.Automation.';

/** By lower-case full name: PowerShell's attributes (engine/Attributes.cs and friends) and the .NET ones scripts use. */
let attributeTypes: Map<string, AttributeTypeInfo> | undefined;
// Made on first use (a class or attribute check), not when the package loads.
const makeAttributeTypes = (): Map<string, AttributeTypeInfo> =>
  new Map<string, AttributeTypeInfo>(
    (
      [
        [
          `${sma}CmdletBindingAttribute`,
          'CmdletBinding',
          T.Class,
          props(...cmdletCommon, 'PositionalBinding'),
        ],
        [`${sma}CmdletAttribute`, '', T.Class, props('NounName!', 'VerbName!', ...cmdletCommon)],
        [
          `${sma}OutputTypeAttribute`,
          'OutputType',
          T.Class,
          props('Type!', 'ProviderCmdlet', 'ParameterSetName'),
        ],
        [`${sma}AliasAttribute`, 'Alias', T.Class | FieldOrProperty, props('AliasNames!')],
        [
          `${sma}ParameterAttribute`,
          'Parameter',
          FieldOrProperty,
          props(
            'ExperimentName!',
            'ExperimentAction!',
            'Position',
            'ParameterSetName',
            'Mandatory',
            'ValueFromPipeline',
            'ValueFromPipelineByPropertyName',
            'ValueFromRemainingArguments',
            'HelpMessage',
            'HelpMessageBaseName',
            'HelpMessageResourceId',
            'DontShow',
          ),
        ],
        [`${sma}PSTypeNameAttribute`, 'PSTypeNameAttribute', FieldOrProperty, props('PSTypeName!')],
        [`${sma}SupportsWildcardsAttribute`, 'SupportsWildcards', FieldOrProperty, props()],
        [`${sma}PSDefaultValueAttribute`, 'PSDefaultValue', FieldOrProperty, props('Value', 'Help')],
        [`${sma}HiddenAttribute`, '', T.Field | T.Property | T.Method | T.Constructor | T.Event, props()],
        [
          `${sma}ValidateLengthAttribute`,
          'ValidateLength',
          FieldOrProperty,
          props('MinLength!', 'MaxLength!'),
        ],
        [`${sma}ValidateRangeAttribute`, 'ValidateRange', FieldOrProperty, props('MinRange!', 'MaxRange!')],
        [
          `${sma}ValidatePatternAttribute`,
          'ValidatePattern',
          FieldOrProperty,
          props('RegexPattern!', 'Options', 'ErrorMessage'),
        ],
        [
          `${sma}ValidateScriptAttribute`,
          'ValidateScript',
          FieldOrProperty,
          props('ErrorMessage', 'ScriptBlock!'),
        ],
        [`${sma}ValidateCountAttribute`, 'ValidateCount', FieldOrProperty, props('MinLength!', 'MaxLength!')],
        [
          `${sma}ValidateSetAttribute`,
          'ValidateSet',
          FieldOrProperty,
          props('ErrorMessage', 'IgnoreCase', 'ValidValues!'),
        ],
        [`${sma}ValidateTrustedDataAttribute`, '', FieldOrProperty, props()],
        [`${sma}AllowNullAttribute`, 'AllowNull', FieldOrProperty, props()],
        [`${sma}AllowEmptyStringAttribute`, 'AllowEmptyString', FieldOrProperty, props()],
        [`${sma}AllowEmptyCollectionAttribute`, 'AllowEmptyCollection', FieldOrProperty, props()],
        [`${sma}ValidateDriveAttribute`, 'ValidateDrive', FieldOrProperty, props('ValidRootDrives!')],
        [`${sma}ValidateUserDriveAttribute`, 'ValidateUserDrive', FieldOrProperty, props('ValidRootDrives!')],
        [`${sma}ValidateNotNullAttribute`, 'ValidateNotNull', FieldOrProperty, props()],
        [`${sma}ValidateNotNullOrEmptyAttribute`, 'ValidateNotNullOrEmpty', FieldOrProperty, props()],
        [
          `${sma}ValidateNotNullOrWhiteSpaceAttribute`,
          'ValidateNotNullOrWhiteSpace',
          FieldOrProperty,
          props(),
        ],
        [
          `${sma}ArgumentCompleterAttribute`,
          'ArgumentCompleter',
          FieldOrProperty,
          props('Type!', 'ScriptBlock!'),
        ],
        [`${sma}ArgumentCompletionsAttribute`, 'ArgumentCompletions', FieldOrProperty, props()],
        [
          `${sma}ExperimentalAttribute`,
          'Experimental',
          T.Class | FieldOrProperty,
          props('ExperimentName!', 'ExperimentAction!'),
        ],
        [`${sma}Language.NoRunspaceAffinityAttribute`, 'NoRunspaceAffinity', T.Class, props()],
        [`${sma}DscResourceAttribute`, 'DscResource', T.Class, props('RunAsCredential')],
        [
          `${sma}DscPropertyAttribute`,
          'DscProperty',
          FieldOrProperty,
          props('Key', 'Mandatory', 'NotConfigurable'),
        ],
        [`${sma}DscLocalConfigurationManagerAttribute`, 'DscLocalConfigurationManager', T.Class, props()],
        ['System.FlagsAttribute', '', T.Enum, props()],
        [
          'System.ObsoleteAttribute',
          '',
          T.Class |
            T.Struct |
            T.Enum |
            T.Constructor |
            T.Method |
            T.Property |
            T.Field |
            T.Event |
            T.Interface |
            T.Delegate,
          props('Message!', 'IsError!', 'DiagnosticId', 'UrlFormat'),
        ],
        [
          'System.Diagnostics.CodeAnalysis.SuppressMessageAttribute',
          '',
          T.All,
          props('Category!', 'CheckId!', 'Scope', 'Target', 'MessageId', 'Justification'),
        ],
      ] as const
    ).map(([fullName, accelerator, validOn, properties]) => [
      fullName.toLowerCase(),
      { displayName: accelerator === '' ? fullName : accelerator, validOn, properties },
    ]),
  );

/** What is known of an attribute type, by full name (case-insensitive); undefined for types not in the table. */
export function attributeTypeInfo(fullName: string): AttributeTypeInfo | undefined {
  attributeTypes ??= makeAttributeTypes();
  return attributeTypes.get(fullName.toLowerCase());
}

/** AttributeTargets as .NET's Enum.ToString writes flags: the names of the set bits, lowest first; `All` whole. */
export function attributeTargetsText(targets: number): string {
  if (targets === T.All) return 'All';
  const names: string[] = [];
  for (const [name, bit] of Object.entries(T)) if (name !== 'All' && (targets & bit) !== 0) names.push(name);
  return names.join(', ');
}
