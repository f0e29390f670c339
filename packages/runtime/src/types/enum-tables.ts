// The .NET enums that method parameters of emulated types take (name -> value), for argument conversion.

export interface EnumTable {
  readonly fullName: string;
  readonly flags: boolean;
  readonly values: Readonly<Record<string, number>>;
}

function table(fullName: string, values: Record<string, number>, flags = false): EnumTable {
  return { fullName, flags, values };
}

export const MethodEnums: Readonly<Record<string, EnumTable>> = {
  stringsplitoptions: table(
    'System.StringSplitOptions',
    { None: 0, RemoveEmptyEntries: 1, TrimEntries: 2 },
    true,
  ),
  stringcomparison: table('System.StringComparison', {
    CurrentCulture: 0,
    CurrentCultureIgnoreCase: 1,
    InvariantCulture: 2,
    InvariantCultureIgnoreCase: 3,
    Ordinal: 4,
    OrdinalIgnoreCase: 5,
  }),
  midpointrounding: table('System.MidpointRounding', {
    ToEven: 0,
    AwayFromZero: 1,
    ToZero: 2,
    ToNegativeInfinity: 3,
    ToPositiveInfinity: 4,
  }),
  datetimekind: table('System.DateTimeKind', { Unspecified: 0, Utc: 1, Local: 2 }),
  normalizationform: table('System.Text.NormalizationForm', { FormC: 1, FormD: 2, FormKC: 5, FormKD: 6 }),
  regexoptions: table(
    'System.Text.RegularExpressions.RegexOptions',
    {
      None: 0,
      IgnoreCase: 1,
      Multiline: 2,
      ExplicitCapture: 4,
      Compiled: 8,
      Singleline: 16,
      IgnorePatternWhitespace: 32,
      RightToLeft: 64,
      ECMAScript: 256,
      CultureInvariant: 512,
      NonBacktracking: 1024,
    },
    true,
  ),
  specialfolder: table('System.Environment+SpecialFolder', {
    Desktop: 0,
    Programs: 2,
    MyDocuments: 5,
    Personal: 5,
    Favorites: 6,
    Startup: 7,
    Recent: 8,
    SendTo: 9,
    StartMenu: 11,
    MyMusic: 13,
    MyVideos: 14,
    DesktopDirectory: 16,
    MyComputer: 17,
    NetworkShortcuts: 19,
    Fonts: 20,
    Templates: 21,
    CommonStartMenu: 22,
    CommonPrograms: 23,
    CommonStartup: 24,
    CommonDesktopDirectory: 25,
    ApplicationData: 26,
    PrinterShortcuts: 27,
    LocalApplicationData: 28,
    InternetCache: 32,
    Cookies: 33,
    History: 34,
    CommonApplicationData: 35,
    Windows: 36,
    System: 37,
    ProgramFiles: 38,
    MyPictures: 39,
    UserProfile: 40,
    SystemX86: 41,
    ProgramFilesX86: 42,
    CommonProgramFiles: 43,
    CommonProgramFilesX86: 44,
    CommonTemplates: 45,
    CommonDocuments: 46,
    CommonAdminTools: 47,
    AdminTools: 48,
    CommonMusic: 53,
    CommonPictures: 54,
    CommonVideos: 55,
    Resources: 56,
    LocalizedResources: 57,
    CommonOemLinks: 58,
    CDBurning: 59,
  }),
  wildcardoptions: table(
    'System.Management.Automation.WildcardOptions',
    { None: 0, Compiled: 1, IgnoreCase: 2, CultureInvariant: 4 },
    true,
  ),
  environmentvariabletarget: table('System.EnvironmentVariableTarget', { Process: 0, User: 1, Machine: 2 }),
  uripartial: table('System.UriPartial', { Scheme: 0, Authority: 1, Path: 2, Query: 3 }),
  urikind: table('System.UriKind', { RelativeOrAbsolute: 0, Absolute: 1, Relative: 2 }),
  dayofweek: table('System.DayOfWeek', {
    Sunday: 0,
    Monday: 1,
    Tuesday: 2,
    Wednesday: 3,
    Thursday: 4,
    Friday: 5,
    Saturday: 6,
  }),
};

/** Looks an enum up by its printed parameter type (`StringComparison`, `System.StringComparison`). */
export function methodEnum(typeName: string): EnumTable | undefined {
  const key = typeName
    .toLowerCase()
    .replace(/^system\./, '')
    .replace(/^.*[.+]/, '');
  return MethodEnums[key];
}

/** The name of an enum value (first declared name wins for aliases), or the number when it has none. */
export function enumName(table: EnumTable, value: number): string {
  for (const [name, v] of Object.entries(table.values)) if (v === value) return name;
  if (table.flags) {
    const names = Object.entries(table.values)
      .filter(([, v]) => v !== 0 && (value & v) === v)
      .map(([n]) => n);
    if (names.length) return names.join(', ');
  }
  return String(value);
}
