// $Host.UI and $Host.UI.RawUI: the members scripts use (WriteLine/Write/ReadLine, WindowTitle, sizes, ReadKey).
import type { ExecutionContext } from '../engine/execution-context.js';
import { convertTo, toStr } from '../engine/semantics/index.js';
import { dotNetError } from '../types/errors.js';
import { BUILTIN_ENUM_TYPES } from '../values/enum-registry.js';
import { PSEnumValue, type EnumTypeInfo } from '../values/ps-enum.js';
import { PSObject } from '../values/ps-object.js';

const HOST = 'System.Management.Automation.Host';
const consoleColor = BUILTIN_ENUM_TYPES.find((t) => t.fullName === 'System.ConsoleColor') as EnumTypeInfo;

function hostValue(typeNames: string[], properties: [string, unknown][], text: string): PSObject {
  return new PSObject({
    isTypeView: true,
    typeNames: [...typeNames, 'System.Object'],
    properties,
    toText: () => text,
  });
}

/** System.Management.Automation.Host.Size / Coordinates, printed as pwsh prints them ("120,50"). */
const size = (width: number, height: number) =>
  hostValue(
    [`${HOST}.Size`, 'System.ValueType'],
    [
      ['Width', width],
      ['Height', height],
    ],
    `${width},${height}`,
  );
const coordinates = (x: number, y: number) =>
  hostValue(
    [`${HOST}.Coordinates`, 'System.ValueType'],
    [
      ['X', x],
      ['Y', y],
    ],
    `${x},${y}`,
  );

type Method = (...args: unknown[]) => unknown;

function addMethods(o: PSObject, methods: Record<string, Method>): void {
  for (const [name, m] of Object.entries(methods))
    o.addMember({
      memberType: 'CodeMethod',
      name,
      invoke: (_self: unknown, args: readonly unknown[]) => m(...args),
    });
}

function notInteractive(): never {
  throw dotNetError(
    'System.Management.Automation.PSInvalidOperationException',
    'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
  );
}

export function createHostUserInterface(ctx: ExecutionContext): PSObject {
  // Shown on the host as Write-Host's text is, but never captured by a redirection (pwsh writes to the console).
  const show = (text: string, noNewLine: boolean, foregroundColor?: unknown, backgroundColor?: unknown) =>
    ctx.streams.information({
      messageData: text,
      tags: ['PSHOST'],
      source: 'exosh',
      timeGenerated: new Date(),
      hostMessage: {
        text,
        noNewLine,
        ...(foregroundColor !== undefined ? { foregroundColor: toStr(ctx, foregroundColor) } : {}),
        ...(backgroundColor !== undefined ? { backgroundColor: toStr(ctx, backgroundColor) } : {}),
      },
      hostUi: true,
    });
  // (text) or (foregroundColor, backgroundColor, text), as PSHostUserInterface's overloads.
  const write =
    (noNewLine: boolean) =>
    (...args: unknown[]) => {
      if (args.length >= 3) show(toStr(ctx, args[2]), noNewLine, args[0], args[1]);
      else show(args.length === 0 ? '' : toStr(ctx, args[0]), noNewLine);
    };
  const readLine = (): string => {
    const host = ctx.host;
    if (!host.interactive || !host.readLine) notInteractive();
    return host.readLine('') ?? '';
  };

  let title = '';
  let foreground = new PSEnumValue(consoleColor, -1);
  let background = new PSEnumValue(consoleColor, -1);
  const width = () => ctx.host.width ?? 120;
  const rawUI = new PSObject({
    isTypeView: true,
    typeNames: [
      'System.Management.Automation.Internal.Host.InternalHostRawUserInterface',
      `${HOST}.PSHostRawUserInterface`,
      'System.Object',
    ],
  });
  const property = (o: PSObject, name: string, get: () => unknown, set?: (v: unknown) => void) =>
    o.addMember({
      memberType: 'CodeProperty',
      name,
      get,
      ...(set ? { set: (_: unknown, v: unknown) => set(v) } : {}),
    });
  property(
    rawUI,
    'WindowTitle',
    () => title,
    (v) => (title = toStr(ctx, v)),
  );
  property(
    rawUI,
    'ForegroundColor',
    () => foreground,
    (v) => (foreground = new PSEnumValue(consoleColor, colorValue(ctx, v))),
  );
  property(
    rawUI,
    'BackgroundColor',
    () => background,
    (v) => (background = new PSEnumValue(consoleColor, colorValue(ctx, v))),
  );
  for (const name of ['BufferSize', 'WindowSize', 'MaxWindowSize', 'MaxPhysicalWindowSize'])
    property(rawUI, name, () => size(width(), 50));
  property(rawUI, 'CursorPosition', () => coordinates(0, 0));
  property(rawUI, 'WindowPosition', () => coordinates(0, 0));
  property(rawUI, 'CursorSize', () => 25);
  property(rawUI, 'KeyAvailable', () => false);
  addMethods(rawUI, {
    FlushInputBuffer: () => undefined,
    // A line stands for the key: the host reads lines (Enter gives a carriage return).
    ReadKey: () => {
      const line = readLine();
      const character = line.length > 0 ? line[0] : '\r';
      return hostValue(
        [`${HOST}.KeyInfo`, 'System.ValueType'],
        [
          ['VirtualKeyCode', line.length > 0 ? line.toUpperCase().charCodeAt(0) : 13],
          ['Character', character],
          ['ControlKeyState', 0],
          ['KeyDown', true],
        ],
        `${line.length > 0 ? line.toUpperCase().charCodeAt(0) : 13},${character},0,True`,
      );
    },
  });

  const ui = new PSObject({
    isTypeView: true,
    typeNames: [
      'System.Management.Automation.Internal.Host.InternalHostUserInterface',
      `${HOST}.PSHostUserInterface`,
      'System.Object',
    ],
  });
  property(ui, 'RawUI', () => rawUI);
  property(ui, 'SupportsVirtualTerminal', () => ctx.host.supportsVirtualTerminal === true);
  addMethods(ui, {
    Write: write(true),
    WriteLine: write(false),
    WriteErrorLine: (text) => show(toStr(ctx, text), false, 'Red'),
    WriteWarningLine: (text) => show(`WARNING: ${toStr(ctx, text)}`, false, 'Yellow'),
    WriteVerboseLine: (text) => show(`VERBOSE: ${toStr(ctx, text)}`, false, 'Yellow'),
    WriteDebugLine: (text) => show(`DEBUG: ${toStr(ctx, text)}`, false, 'Yellow'),
    ReadLine: readLine,
  });
  return ui;
}

/** A ConsoleColor from a name, a number or a ConsoleColor (LanguagePrimitives' conversion and its errors). */
function colorValue(ctx: ExecutionContext, v: unknown): number {
  const color = convertTo(ctx, v, 'System.ConsoleColor');
  return color instanceof PSEnumValue ? color.value : Number(color);
}
