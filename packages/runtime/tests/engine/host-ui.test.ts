// $Host.UI / $Host.UI.RawUI: host writes reach the host (not the output), RawUI state, ReadKey through the host.
import { describe, expect, it } from 'vitest';
import { createRunspace } from '../../src/index.js';
import { toStringForDisplay } from '../../src/conversion/index.js';

const texts = (r: { output: readonly unknown[] }) => r.output.map((o) => toStringForDisplay(o));

describe('$Host.UI', () => {
  it('WriteLine and Write go to the host as host messages, never to the output', () => {
    const r = createRunspace().invokeSync(
      `$Host.UI.WriteLine('line'); $Host.UI.Write('part'); $Host.UI.WriteLine('Green', 'Black', 'coloured'); $x = $Host.UI.WriteLine('not captured') 6>&1; $null -eq $x`,
    );
    expect(texts(r)).toEqual(['True']);
    const host = r.information.filter((i) => i.hostMessage).map((i) => i.hostMessage);
    expect(host.map((h) => [h?.text, h?.noNewLine])).toEqual([
      ['line', false],
      ['part', true],
      ['coloured', false],
      ['not captured', false],
    ]);
    expect(host[2]?.foregroundColor).toBe('Green');
  });

  it('RawUI keeps WindowTitle and colours, and sizes follow the host width', () => {
    const r = createRunspace({ host: { width: 97 } }).invokeSync(
      `$Host.UI.RawUI.WindowTitle = 'Report'; $Host.UI.RawUI.WindowTitle; $Host.UI.RawUI.ForegroundColor = 'Cyan'; $Host.UI.RawUI.ForegroundColor.ToString(); $Host.UI.RawUI.BufferSize.Width; "$($Host.UI.RawUI.WindowSize)"`,
    );
    expect(texts(r)).toEqual(['Report', 'Cyan', '97', '97,50']);
  });

  it('ReadKey reads through the host, and fails as pwsh does without one', () => {
    const asked: string[] = [];
    const interactive = createRunspace({
      interactive: true,
      host: { readLine: (p: string) => (asked.push(p), 'y') },
    }).invokeSync(`$k = $Host.UI.RawUI.ReadKey('NoEcho,IncludeKeyDown'); $k.Character; $k.KeyDown`);
    expect(texts(interactive)).toEqual(['y', 'True']);
    expect(asked).toHaveLength(1);
    const batch = createRunspace().invokeSync(`$Host.UI.RawUI.ReadKey()`);
    expect(batch.errors[0]?.exception.message).toContain('NonInteractive mode');
  });
});
