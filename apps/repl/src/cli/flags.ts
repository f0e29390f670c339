// The shell's own command line, as pwsh spells it: case-insensitive flags with unambiguous prefixes, via yargs-parser.
import parser from 'yargs-parser';

export interface ShellFlags {
  readonly command?: string;
  readonly file?: string;
  readonly args: readonly string[];
  readonly noProfile: boolean;
  readonly noLogo: boolean;
  readonly nonInteractive: boolean;
  readonly noExit: boolean;
  readonly outputFormat: 'Text' | 'Json';
  readonly workingDirectory?: string;
  readonly version: boolean;
  readonly help: boolean;
  readonly emulator: boolean;
}

export type FlagsResult =
  { readonly ok: true; readonly flags: ShellFlags } | { readonly ok: false; readonly message: string };

interface FlagSpec {
  readonly name: string;
  /** Shortest spelling pwsh accepts; any longer prefix of `name` also matches. */
  readonly min: string;
  readonly takesValue: boolean;
}

// pwsh's order of checks decides which flag a short prefix means (e.g. -c is Command).
const flagSpecs: readonly FlagSpec[] = [
  { name: 'Help', min: 'h', takesValue: false },
  { name: 'Version', min: 'v', takesValue: false },
  { name: 'NoLogo', min: 'nol', takesValue: false },
  { name: 'NoExit', min: 'noe', takesValue: false },
  { name: 'NoProfile', min: 'nop', takesValue: false },
  { name: 'NonInteractive', min: 'noni', takesValue: false },
  { name: 'OutputFormat', min: 'o', takesValue: true },
  { name: 'WorkingDirectory', min: 'wo', takesValue: true },
  { name: 'Command', min: 'c', takesValue: true },
  { name: 'File', min: 'f', takesValue: true },
  { name: 'Emulator', min: 'em', takesValue: false },
];

function matchFlag(arg: string): FlagSpec | undefined {
  if (arg === '-?' || arg === '/?') return flagSpecs[0];
  const key = arg.replace(/^--?/, '').toLowerCase();
  if (key === 'wd') return flagSpecs.find((f) => f.name === 'WorkingDirectory');
  return flagSpecs.find((f) => key.startsWith(f.min.toLowerCase()) && f.name.toLowerCase().startsWith(key));
}

/** Parses argv (without node and the script path) as pwsh does; -Command and -File take the rest of the line. */
export function parseFlags(argv: readonly string[]): FlagsResult {
  const canonical: string[] = [];
  let rest: string[] = [];
  let restOwner: 'Command' | 'File' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const spec = arg.startsWith('-') && arg.length > 1 ? matchFlag(arg) : undefined;
    if (!spec) {
      if (arg.startsWith('-') && arg !== '-') {
        return {
          ok: false,
          message: `The argument '${arg}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
        };
      }
      // A bare first argument is the script file, pwsh's default parameter.
      restOwner = 'File';
      rest = argv.slice(i);
      break;
    }
    if (spec.name === 'Command' || spec.name === 'File') {
      restOwner = spec.name;
      rest = argv.slice(i + 1);
      break;
    }
    canonical.push(`--${spec.name}`);
    if (spec.takesValue) {
      const value = argv[++i];
      if (value === undefined)
        return {
          ok: false,
          message: `Cannot process the command because of a missing parameter. A command must follow -${spec.name}.`,
        };
      canonical.push(value);
    }
  }
  const parsed = parser(canonical, {
    boolean: flagSpecs.filter((f) => !f.takesValue).map((f) => f.name),
    string: flagSpecs.filter((f) => f.takesValue).map((f) => f.name),
    configuration: { 'camel-case-expansion': false, 'dot-notation': false, 'parse-numbers': false },
  });
  const outputFormat = String(parsed['OutputFormat'] ?? 'Text').toLowerCase();
  if (
    outputFormat !== 'text' &&
    outputFormat !== 'json' &&
    !'text'.startsWith(outputFormat) &&
    !'json'.startsWith(outputFormat)
  ) {
    return {
      ok: false,
      message: `Cannot process the command because the value specified with -OutputFormat is not valid. Specify one of the following values: Text or Json.`,
    };
  }
  const flags: ShellFlags = {
    ...(restOwner === 'Command' ? { command: rest.join(' ') } : {}),
    ...(restOwner === 'File' && rest[0] !== undefined ? { file: rest[0] } : {}),
    args: restOwner === 'File' ? rest.slice(1) : [],
    noProfile: parsed['NoProfile'] === true,
    noLogo: parsed['NoLogo'] === true,
    nonInteractive: parsed['NonInteractive'] === true,
    noExit: parsed['NoExit'] === true,
    outputFormat: outputFormat.startsWith('j') ? 'Json' : 'Text',
    ...(typeof parsed['WorkingDirectory'] === 'string'
      ? { workingDirectory: parsed['WorkingDirectory'] }
      : {}),
    version: parsed['Version'] === true,
    help: parsed['Help'] === true,
    emulator: parsed['Emulator'] === true,
  };
  return { ok: true, flags };
}
