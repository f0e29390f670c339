// Write-Host's console colours as ANSI, or none for NO_COLOR and non-terminals (errors, warnings, verbose and debug
// lines take $PSStyle.Formatting's, in console-output.ts).
export interface Palette {
  hostColors(text: string, foreground?: string, background?: string): string;
}

const consoleColors: Record<string, [number, number]> = {
  black: [30, 40],
  darkblue: [34, 44],
  darkgreen: [32, 42],
  darkcyan: [36, 46],
  darkred: [31, 41],
  darkmagenta: [35, 45],
  darkyellow: [33, 43],
  gray: [37, 47],
  darkgray: [90, 100],
  blue: [94, 104],
  green: [92, 102],
  cyan: [96, 106],
  red: [91, 101],
  magenta: [95, 105],
  yellow: [93, 103],
  white: [97, 107],
};

const wrap = (codes: string, text: string) => `\x1b[${codes}m${text}\x1b[0m`;

export function colorFor(enabled: boolean): Palette {
  if (!enabled) return { hostColors: (t) => t };
  return {
    hostColors: (t, fg, bg) => {
      const codes = [
        fg && consoleColors[fg.toLowerCase()]?.[0],
        bg && consoleColors[bg.toLowerCase()]?.[1],
      ].filter(Boolean);
      return codes.length ? wrap(codes.join(';'), t) : t;
    },
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldColor(isTerminal: boolean): boolean {
  return isTerminal && !('NO_COLOR' in process.env) && process.env['TERM'] !== 'dumb';
}
