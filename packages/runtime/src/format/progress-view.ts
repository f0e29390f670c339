// Write-Progress's Minimal view ($PSStyle.Progress.View = Minimal, pwsh 7.2+'s default on a VT terminal): one line,
// the activity in the progress style, then the status in a bracketed bar whose reversed part is the percentage done.
import type { ProgressRecord } from '../engine/streams/records.js';

/** The $PSStyle parts the Minimal view uses, with pwsh's defaults. */
export interface ProgressStyle {
  /** $PSStyle.Progress.Style: yellow bold. */
  readonly style: string;
  /** $PSStyle.Progress.MaxWidth: the bar never takes more columns than this (0: the whole width). */
  readonly maxWidth: number;
  readonly reverse: string;
  readonly reverseOff: string;
  readonly reset: string;
}

export const defaultProgressStyle: ProgressStyle = {
  style: '\x1b[33;1m',
  maxWidth: 120,
  reverse: '\x1b[7m',
  reverseOff: '\x1b[27m',
  reset: '\x1b[0m',
};

const ELLIPSIS = '\u2026';

type ProgressFields = Pick<
  ProgressRecord,
  'activity' | 'statusDescription' | 'percentComplete' | 'secondsRemaining'
>;

/**
 * ProgressNode.RenderAnsi: `<style><activity> [<reverse><status, padded, seconds left>]<reset>`, the reverse
 * video ending where the percentage does. `width` is the host's; `indentation` a child activity's indent.
 */
export function renderProgressMinimal(
  record: ProgressFields,
  width: number,
  indentation = 0,
  style: ProgressStyle = defaultProgressStyle,
): string {
  const secondsLeft = record.secondsRemaining >= 0 ? `${record.secondsRemaining}s` : '';
  const secondsWidth = secondsLeft.length + 1;
  const maxWidth = style.maxWidth > 0 && width > style.maxWidth ? style.maxWidth : width;
  const half = Math.trunc(maxWidth / 2);
  // A long activity takes at most half the line.
  const activity =
    record.activity.length > half
      ? record.activity.slice(0, Math.max(0, half - 1)) + ELLIPSIS
      : record.activity;
  const activityWidth = record.activity.length > half ? half : record.activity.length;
  // The space and the brackets around the bar, and one more space.
  const barWidth = maxWidth - activityWidth - indentation - 4;
  const status = record.statusDescription;
  const statusPart =
    barWidth - secondsWidth - 1 > 0 && status.length > barWidth - secondsWidth
      ? status.slice(0, barWidth - secondsWidth - ELLIPSIS.length) + ELLIPSIS
      : status;
  let bar = style.reverse + statusPart + ' '.repeat(Math.max(0, barWidth - statusPart.length - secondsWidth));
  bar += secondsLeft;
  const pct = record.percentComplete;
  if (pct >= 0 && pct < 100 && barWidth > 0) {
    const barLength = Math.min(Math.trunc((pct * barWidth) / 100), barWidth - 1);
    const at = style.reverse.length + barLength;
    bar = at < bar.length ? bar.slice(0, at) + style.reverseOff + bar.slice(at) : bar + style.reverseOff;
  } else {
    bar += style.reverseOff;
  }
  return `${' '.repeat(indentation)}${style.style}${activity} [${bar}]${style.reset}`;
}
