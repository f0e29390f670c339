// EnumRegistry: the enum types the runtime knows, looked up by full or short name (case-insensitive).
import type { EnumTypeInfo } from './ps-enum.js';
import { PSEnumValue, enumMemberValue } from './ps-enum.js';

const seq = (names: string[]): Array<readonly [string, number]> => names.map((n, i) => [n, i] as const);

/** The built-in enum types admin scripts use; data, shared read-only by every registry. */
export const BUILTIN_ENUM_TYPES: readonly EnumTypeInfo[] = [
  {
    fullName: 'System.Management.Automation.ActionPreference',
    isFlags: false,
    members: seq(['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break']),
  },
  {
    fullName: 'System.ConsoleColor',
    isFlags: false,
    members: seq([
      'Black',
      'DarkBlue',
      'DarkGreen',
      'DarkCyan',
      'DarkRed',
      'DarkMagenta',
      'DarkYellow',
      'Gray',
      'DarkGray',
      'Blue',
      'Green',
      'Cyan',
      'Red',
      'Magenta',
      'Yellow',
      'White',
    ]),
  },
  {
    fullName: 'System.DayOfWeek',
    isFlags: false,
    members: seq(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
  },
  { fullName: 'System.DateTimeKind', isFlags: false, members: seq(['Unspecified', 'Utc', 'Local']) },
  {
    fullName: 'System.Management.Automation.ScopedItemOptions',
    isFlags: true,
    members: [
      ['None', 0],
      ['ReadOnly', 1],
      ['Constant', 2],
      ['Private', 4],
      ['AllScope', 8],
      ['Unspecified', 16],
    ],
  },
  {
    fullName: 'System.Management.Automation.SessionStateEntryVisibility',
    isFlags: false,
    members: seq(['Public', 'Private']),
  },
  {
    fullName: 'System.Management.Automation.ConfirmImpact',
    isFlags: false,
    members: seq(['None', 'Low', 'Medium', 'High']),
  },
  {
    fullName: 'System.Management.Automation.OutputRendering',
    isFlags: false,
    members: seq(['Host', 'PlainText', 'Ansi']),
  },
  {
    fullName: 'System.Management.Automation.ProgressView',
    isFlags: false,
    members: seq(['Minimal', 'Classic']),
  },
  {
    fullName: 'System.Management.Automation.ErrorCategory',
    isFlags: false,
    members: seq([
      'NotSpecified',
      'OpenError',
      'CloseError',
      'DeviceError',
      'DeadlockDetected',
      'InvalidArgument',
      'InvalidData',
      'InvalidOperation',
      'InvalidResult',
      'InvalidType',
      'MetadataError',
      'NotImplemented',
      'NotInstalled',
      'ObjectNotFound',
      'OperationStopped',
      'OperationTimeout',
      'SyntaxError',
      'ParserError',
      'PermissionDenied',
      'ResourceBusy',
      'ResourceExists',
      'ResourceUnavailable',
      'ReadError',
      'WriteError',
      'FromStdErr',
      'SecurityError',
      'ProtocolError',
      'ConnectionError',
      'AuthenticationError',
      'LimitsExceeded',
      'QuotaExceeded',
      'NotEnabled',
    ]),
  },
  {
    fullName: 'System.Management.Automation.ErrorView',
    isFlags: false,
    members: seq(['NormalView', 'CategoryView', 'ConciseView', 'DetailedView']),
  },
  {
    fullName: 'System.StringComparison',
    isFlags: false,
    members: seq([
      'CurrentCulture',
      'CurrentCultureIgnoreCase',
      'InvariantCulture',
      'InvariantCultureIgnoreCase',
      'Ordinal',
      'OrdinalIgnoreCase',
    ]),
  },
  {
    fullName: 'System.StringSplitOptions',
    isFlags: true,
    members: [
      ['None', 0],
      ['RemoveEmptyEntries', 1],
      ['TrimEntries', 2],
    ],
  },
  {
    fullName: 'System.MidpointRounding',
    isFlags: false,
    members: seq(['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity']),
  },
  {
    fullName: 'System.Text.RegularExpressions.RegexOptions',
    isFlags: true,
    members: [
      ['None', 0],
      ['IgnoreCase', 1],
      ['Multiline', 2],
      ['ExplicitCapture', 4],
      ['Compiled', 8],
      ['Singleline', 16],
      ['IgnorePatternWhitespace', 32],
      ['RightToLeft', 64],
      ['ECMAScript', 256],
      ['CultureInvariant', 512],
      ['NonBacktracking', 1024],
    ],
  },
  {
    fullName: 'System.Management.Automation.SplitOptions',
    isFlags: true,
    members: [
      ['SimpleMatch', 1],
      ['RegexMatch', 2],
      ['CultureInvariant', 4],
      ['IgnorePatternWhitespace', 8],
      ['Multiline', 16],
      ['Singleline', 32],
      ['IgnoreCase', 64],
      ['ExplicitCapture', 128],
    ],
  },
  {
    fullName: 'System.Net.SecurityProtocolType',
    isFlags: true,
    members: [
      ['SystemDefault', 0],
      ['Ssl3', 48],
      ['Tls', 192],
      ['Tls11', 768],
      ['Tls12', 3072],
      ['Tls13', 12288],
    ],
  },
  {
    fullName: 'System.IO.FileAttributes',
    isFlags: true,
    members: [
      ['ReadOnly', 1],
      ['Hidden', 2],
      ['System', 4],
      ['Directory', 16],
      ['Archive', 32],
      ['Device', 64],
      ['Normal', 128],
      ['Temporary', 256],
      ['SparseFile', 512],
      ['ReparsePoint', 1024],
      ['Compressed', 2048],
      ['Offline', 4096],
      ['NotContentIndexed', 8192],
      ['Encrypted', 16384],
      ['IntegrityStream', 32768],
      ['NoScrubData', 131072],
    ],
  },
  {
    fullName: 'System.IO.SearchOption',
    isFlags: false,
    members: seq(['TopDirectoryOnly', 'AllDirectories']),
  },
  {
    fullName: 'System.UriKind',
    isFlags: false,
    members: seq(['RelativeOrAbsolute', 'Absolute', 'Relative']),
  },
  {
    fullName: 'System.Management.Automation.CommandTypes',
    isFlags: true,
    members: [
      ['Alias', 1],
      ['Function', 2],
      ['Filter', 4],
      ['Cmdlet', 8],
      ['ExternalScript', 16],
      ['Application', 32],
      ['Script', 64],
      ['Configuration', 256],
      ['All', 383],
    ],
  },
  {
    fullName: 'System.Management.Automation.ProgressRecordType',
    isFlags: false,
    members: seq(['Processing', 'Completed']),
  },
  {
    fullName: 'System.Management.Automation.PSMemberTypes',
    isFlags: true,
    members: [
      ['AliasProperty', 1],
      ['CodeProperty', 2],
      ['Property', 4],
      ['NoteProperty', 8],
      ['ScriptProperty', 16],
      ['Properties', 31],
      ['PropertySet', 32],
      ['Method', 64],
      ['CodeMethod', 128],
      ['ScriptMethod', 256],
      ['Methods', 448],
      ['ParameterizedProperty', 512],
      ['MemberSet', 1024],
      ['Event', 2048],
      ['Dynamic', 4096],
      ['InferredProperty', 8192],
      ['All', 16383],
    ],
  },
  {
    fullName: 'Microsoft.PowerShell.Commands.DisplayHintType',
    isFlags: false,
    members: seq(['Date', 'Time', 'DateTime']),
  },
];

/** Per-runspace registry (user `enum` definitions are added to it); seeded with the built-ins. */
export class EnumRegistry {
  readonly #byName = new Map<string, EnumTypeInfo>();

  constructor(types: readonly EnumTypeInfo[] = BUILTIN_ENUM_TYPES) {
    for (const t of types) this.register(t);
  }

  /** Registers under the full name and the short name (after the last '.'). */
  register(type: EnumTypeInfo): void {
    this.#byName.set(type.fullName.toLowerCase(), type);
    const short = type.fullName.slice(type.fullName.lastIndexOf('.') + 1).toLowerCase();
    if (!this.#byName.has(short)) this.#byName.set(short, type);
  }

  /** Looks up by full name, short name, or name without 'System.' (case-insensitive). */
  get(name: string): EnumTypeInfo | undefined {
    const n = name.toLowerCase();
    return this.#byName.get(n) ?? this.#byName.get(`system.${n}`);
  }

  /** The value of `[Type]::Member`, or undefined. */
  member(typeName: string, memberName: string): PSEnumValue | undefined {
    const t = this.get(typeName);
    if (!t) return undefined;
    const v = enumMemberValue(t, memberName);
    return v === undefined ? undefined : new PSEnumValue(t, v);
  }

  types(): EnumTypeInfo[] {
    return [...new Set(this.#byName.values())];
  }
}
