// Write-Progress's Minimal view, line for line as pwsh's ProgressNode.RenderAnsi lays it out with $PSStyle's defaults.
import { describe, expect, it } from 'vitest';
import { defaultProgressStyle, renderProgressMinimal } from '../../src/index.js';

const Y = '\x1b[33;1m'; // $PSStyle.Progress.Style
const R = '\x1b[7m'; // $PSStyle.Reverse
const OFF = '\x1b[27m'; // $PSStyle.ReverseOff
const RESET = '\x1b[0m';
const record = (
  activity: string,
  statusDescription: string,
  percentComplete = -1,
  secondsRemaining = -1,
) => ({
  activity,
  statusDescription,
  percentComplete,
  secondsRemaining,
});
const sp = (n: number) => ' '.repeat(n);

describe('renderProgressMinimal', () => {
  it("uses $PSStyle's defaults: yellow bold activity, reverse video, MaxWidth 120", () => {
    expect(defaultProgressStyle).toEqual({
      style: Y,
      maxWidth: 120,
      reverse: R,
      reverseOff: OFF,
      reset: RESET,
    });
  });

  it('reverses the bar up to the percentage: 50% of a 32-column bar is 16 columns', () => {
    // width 40: the bar is 40 - 4 (activity) - 4 = 32 columns; the status and padding fill 31 of them.
    expect(renderProgressMinimal(record('Copy', 'Working', 50), 40)).toBe(
      `${Y}Copy [${R}Working${sp(9)}${OFF}${sp(15)}]${RESET}`,
    );
    expect(renderProgressMinimal(record('Copy', 'Working', 0), 40)).toBe(
      `${Y}Copy [${R}${OFF}Working${sp(24)}]${RESET}`,
    );
  });

  it('reverses the whole bar without a percentage or at 100%', () => {
    const whole = `${Y}Copy [${R}Working${sp(24)}${OFF}]${RESET}`;
    expect(renderProgressMinimal(record('Copy', 'Working'), 40)).toBe(whole);
    expect(renderProgressMinimal(record('Copy', 'Working', 100), 40)).toBe(whole);
  });

  it('ends the bar with the seconds remaining', () => {
    expect(renderProgressMinimal(record('Copy', 'Working', -1, 5), 40)).toBe(
      `${Y}Copy [${R}Working${sp(22)}5s${OFF}]${RESET}`,
    );
  });

  it('cuts a long status with an ellipsis, a long activity at half the width', () => {
    const status = 'x'.repeat(40);
    expect(renderProgressMinimal(record('Copy', status), 40)).toBe(
      `${Y}Copy [${R}${'x'.repeat(30)}…${OFF}]${RESET}`,
    );
    const activity = 'a'.repeat(30);
    // The activity takes 20 columns (19 + …), the bar 40 - 20 - 4 = 16.
    expect(renderProgressMinimal(record(activity, 'ok'), 40)).toBe(
      `${Y}${'a'.repeat(19)}… [${R}ok${sp(13)}${OFF}]${RESET}`,
    );
  });

  it('never draws wider than MaxWidth (120), and indents a child activity', () => {
    const wide = renderProgressMinimal(record('Copy', 'Working'), 200);
    expect(wide).toBe(`${Y}Copy [${R}Working${sp(120 - 4 - 4 - 7 - 1)}${OFF}]${RESET}`);
    expect(renderProgressMinimal(record('Copy', 'Working'), 40, 2)).toBe(
      `  ${Y}Copy [${R}Working${sp(22)}${OFF}]${RESET}`,
    );
  });
});
