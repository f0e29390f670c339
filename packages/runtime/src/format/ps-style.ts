// $PSStyle (System.Management.Automation.PSStyle, pwsh 7.4): the ANSI sequences scripts compose text with, and the
// rendering settings a host reads (OutputRendering, Progress, FileInfo, Formatting), with pwsh's defaults.
import { numberToEnum, stringToEnum } from '../conversion/index.js';
import { BUILTIN_ENUM_TYPES } from '../values/enum-registry.js';
import { PSEnumValue, enumValueToString, type EnumTypeInfo } from '../values/ps-enum.js';
import { PSHashtable } from '../values/ps-hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { memberError } from '../types/errors.js';
import { defaultProgressStyle, type ProgressStyle } from './progress-view.js';

const SMA = 'System.Management.Automation';
const E = '\x1b[';

function enumType(fullName: string): EnumTypeInfo {
  const type = BUILTIN_ENUM_TYPES.find((t) => t.fullName === fullName);
  if (!type) throw new Error(`enum ${fullName} is not registered`);
  return type;
}

/** A typed property: get, and set through pwsh's conversion (ExceptionWhenSetting when it fails). */
function typedProperty(
  obj: PSObject,
  name: string,
  initial: unknown,
  convert: (value: unknown) => unknown,
): void {
  let current = initial;
  obj.addMember({
    memberType: 'CodeProperty',
    name,
    get: () => current,
    set: (_self, value) => {
      try {
        current = convert(value);
      } catch (err) {
        throw memberError('ExceptionWhenSetting', name, err instanceof Error ? err.message : String(err));
      }
    },
  });
}

function toEnum(type: EnumTypeInfo) {
  return (value: unknown): PSEnumValue => {
    const v = value instanceof PSObject ? value.baseObject : value;
    if (v instanceof PSEnumValue && v.type.fullName === type.fullName) return v;
    if (typeof v === 'number') return numberToEnum(v, type);
    return stringToEnum(v instanceof PSEnumValue ? enumValueToString(v.type, v.value) : String(v), type);
  };
}

function styleObject(
  typeName: string,
  readOnly: Record<string, string>,
  settable: Record<string, string> = {},
): PSObject {
  const obj = new PSObject({ typeNames: [typeName, 'System.Object'] });
  for (const [name, value] of Object.entries(readOnly))
    obj.addMember({ memberType: 'CodeProperty', name, get: () => value });
  for (const [name, value] of Object.entries(settable))
    typedProperty(obj, name, value, (v) => String(v ?? ''));
  return obj;
}

/** Foreground/Background: the 16 colours (bright ones 60 above), and FromRgb(r, g, b) / FromRgb(0xRRGGBB). */
function colors(typeName: string, base: number, rgbPrefix: number): PSObject {
  const names = ['Black', 'White', 'Red', 'Magenta', 'Blue', 'Cyan', 'Green', 'Yellow'];
  const codes: Record<string, number> = {
    Black: 0,
    Red: 1,
    Green: 2,
    Yellow: 3,
    Blue: 4,
    Magenta: 5,
    Cyan: 6,
    White: 7,
  };
  const values: Record<string, string> = {};
  for (const n of names) {
    values[n] = `${E}${base + (codes[n] ?? 0)}m`;
    values[`Bright${n}`] = `${E}${base + 60 + (codes[n] ?? 0)}m`;
  }
  const obj = styleObject(typeName, values);
  obj.addMember({
    memberType: 'CodeMethod',
    name: 'FromRgb',
    invoke: (_self, args) => {
      const [r, g, b] =
        args.length === 1
          ? [(Number(args[0]) >> 16) & 0xff, (Number(args[0]) >> 8) & 0xff, Number(args[0]) & 0xff]
          : args;
      return `${E}${rgbPrefix};2;${Number(r) & 0xff};${Number(g) & 0xff};${Number(b) & 0xff}m`;
    },
  });
  return obj;
}

/** A new $PSStyle with pwsh 7.4's defaults (one per runspace: scripts change it). */
export function createPSStyle(): PSObject {
  const style = styleObject(`${SMA}.PSStyle`, {
    Reset: `${E}0m`,
    BlinkOff: `${E}25m`,
    Blink: `${E}5m`,
    BoldOff: `${E}22m`,
    Bold: `${E}1m`,
    DimOff: `${E}22m`,
    Dim: `${E}2m`,
    Hidden: `${E}8m`,
    HiddenOff: `${E}28m`,
    Reverse: `${E}7m`,
    ReverseOff: `${E}27m`,
    ItalicOff: `${E}23m`,
    Italic: `${E}3m`,
    UnderlineOff: `${E}24m`,
    Underline: `${E}4m`,
    StrikethroughOff: `${E}29m`,
    Strikethrough: `${E}9m`,
  });
  const rendering = enumType(`${SMA}.OutputRendering`);
  typedProperty(style, 'OutputRendering', new PSEnumValue(rendering, 0), toEnum(rendering));
  const formatting = styleObject(
    `${SMA}.PSStyle+FormattingData`,
    {},
    {
      FormatAccent: `${E}32;1m`,
      ErrorAccent: `${E}36;1m`,
      Error: `${E}31;1m`,
      Warning: `${E}33;1m`,
      Verbose: `${E}33;1m`,
      Debug: `${E}33;1m`,
      TableHeader: `${E}32;1m`,
      CustomTableHeaderLabel: `${E}32;1;3m`,
      FeedbackName: `${E}33m`,
      FeedbackText: `${E}96m`,
      FeedbackAction: `${E}97m`,
    },
  );
  const progress = styleObject(`${SMA}.PSStyle+ProgressConfiguration`, {}, { Style: `${E}33;1m` });
  typedProperty(progress, 'MaxWidth', 120, (v) => {
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`Cannot convert value "${String(v)}" to type "System.Int32".`);
    return n;
  });
  const view = enumType(`${SMA}.ProgressView`);
  typedProperty(progress, 'View', new PSEnumValue(view, 0), toEnum(view));
  typedProperty(progress, 'UseOSCIndicator', false, (v) => Boolean(v));
  const fileInfo = styleObject(
    `${SMA}.PSStyle+FileInfoFormatting`,
    {},
    {
      Directory: `${E}44;1m`,
      SymbolicLink: `${E}36;1m`,
      Executable: `${E}32;1m`,
    },
  );
  const archive = `${E}31;1m`;
  const script = `${E}33;1m`;
  const extension = new PSHashtable();
  for (const ext of ['.zip', '.tgz', '.gz', '.tar', '.nupkg', '.cab', '.7z']) extension.set(ext, archive);
  for (const ext of ['.ps1', '.psd1', '.psm1', '.ps1xml']) extension.set(ext, script);
  fileInfo.addMember({ memberType: 'CodeProperty', name: 'Extension', get: () => extension });
  for (const [name, value] of [
    ['Formatting', formatting],
    ['Progress', progress],
    ['FileInfo', fileInfo],
    ['Foreground', colors(`${SMA}.PSStyle+ForegroundColor`, 30, 38)],
    ['Background', colors(`${SMA}.PSStyle+BackgroundColor`, 40, 48)],
  ] as const)
    style.addMember({ memberType: 'CodeProperty', name, get: () => value });
  style.addMember({
    memberType: 'CodeMethod',
    name: 'FormatHyperlink',
    invoke: (_self, [text, link]) => `\x1b]8;;${String(link)}\x1b\\${String(text)}\x1b]8;;\x1b\\`,
  });
  return style;
}

/** $PSStyle.FileInfo: how a file's name shows in the FileSystem views on a VT host. */
export interface FileInfoStyle {
  readonly directory: string;
  readonly symbolicLink: string;
  readonly executable: string;
  /** By extension, lower case with its dot (pwsh's dictionary ignores case). */
  readonly extension: ReadonlyMap<string, string>;
}

/** What a host and the views read from $PSStyle to render: output rendering, progress, FileInfo, Reset. */
export interface PSStyleSettings {
  readonly outputRendering: 'Host' | 'PlainText' | 'Ansi';
  readonly progressView: 'Minimal' | 'Classic';
  readonly progress: ProgressStyle;
  readonly fileInfo: FileInfoStyle;
  /** $PSStyle.Formatting: table and list styles, and the console's error, warning, verbose and debug colours. */
  readonly formatting: {
    readonly tableHeader: string;
    readonly customTableHeaderLabel: string;
    readonly formatAccent: string;
    readonly error: string;
    readonly errorAccent: string;
    readonly warning: string;
    readonly verbose: string;
    readonly debug: string;
  };
  readonly reset: string;
}

function read(obj: unknown, name: string): unknown {
  if (!(obj instanceof PSObject)) return undefined;
  const m = obj.getMember(name);
  if (m?.memberType === 'CodeProperty') return m.get(obj);
  return m?.memberType === 'NoteProperty' ? m.value : undefined;
}

const enumName = (v: unknown): string | undefined =>
  v instanceof PSEnumValue ? enumValueToString(v.type, v.value) : undefined;

/**
 * pwsh's OutputRendering decision for what a host shows: Ansi always renders VT, PlainText never, Host where the
 * host shows VT (a colour terminal, not redirected output).
 */
export function rendersVt(style: Pick<PSStyleSettings, 'outputRendering'>, hostShowsVt: boolean): boolean {
  if (style.outputRendering === 'PlainText') return false;
  return style.outputRendering === 'Ansi' || hostShowsVt;
}

let defaults: PSStyleSettings | undefined;

/** The settings of a $PSStyle value (pwsh's defaults for anything missing, or for no $PSStyle at all). */
export function psStyleSettings(style: unknown = undefined): PSStyleSettings {
  if (!(style instanceof PSObject)) return (defaults ??= psStyleSettings(createPSStyle()));
  const rendering = enumName(read(style, 'OutputRendering'));
  const progress = read(style, 'Progress');
  const fileInfo = read(style, 'FileInfo');
  const formatting = read(style, 'Formatting');
  const view = enumName(read(progress, 'View'));
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const maxWidth = read(progress, 'MaxWidth');
  const extensions = read(fileInfo, 'Extension');
  return {
    outputRendering: rendering === 'PlainText' || rendering === 'Ansi' ? rendering : 'Host',
    progressView: view === 'Classic' ? 'Classic' : 'Minimal',
    progress: {
      style: text(read(progress, 'Style'), defaultProgressStyle.style),
      maxWidth: typeof maxWidth === 'number' ? maxWidth : defaultProgressStyle.maxWidth,
      reverse: text(read(style, 'Reverse'), defaultProgressStyle.reverse),
      reverseOff: text(read(style, 'ReverseOff'), defaultProgressStyle.reverseOff),
      reset: text(read(style, 'Reset'), defaultProgressStyle.reset),
    },
    fileInfo: {
      directory: text(read(fileInfo, 'Directory'), ''),
      symbolicLink: text(read(fileInfo, 'SymbolicLink'), ''),
      executable: text(read(fileInfo, 'Executable'), ''),
      extension: new Map(
        extensions instanceof PSHashtable
          ? extensions.entries().map(([k, v]) => [String(k).toLowerCase(), String(v)] as [string, string])
          : [],
      ),
    },
    formatting: {
      tableHeader: text(read(formatting, 'TableHeader'), ''),
      customTableHeaderLabel: text(read(formatting, 'CustomTableHeaderLabel'), ''),
      formatAccent: text(read(formatting, 'FormatAccent'), ''),
      error: text(read(formatting, 'Error'), ''),
      errorAccent: text(read(formatting, 'ErrorAccent'), ''),
      warning: text(read(formatting, 'Warning'), ''),
      verbose: text(read(formatting, 'Verbose'), ''),
      debug: text(read(formatting, 'Debug'), ''),
    },
    reset: text(read(style, 'Reset'), defaultProgressStyle.reset),
  };
}
