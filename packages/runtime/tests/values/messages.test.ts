// The message tables are data: every template is well-formed and every error builds a message.
import { describe, expect, it } from 'vitest';
import {
  DotNetMessages,
  PSRuntimeException,
  ValueMessages,
  type ValueErrorId,
} from '../../src/values/index.js';
import { FormatMessages, RegexParseMessages } from '../../src/text/index.js';

const placeholders = (t: string): number[] => [...t.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));

describe('message tables', () => {
  it.each(Object.entries(ValueMessages))(
    '%s has contiguous placeholders and a .NET exception type',
    (_id, entry) => {
      const used = [...new Set(placeholders(entry.template))].sort((a, b) => a - b);
      expect(used).toEqual(used.map((_, i) => i));
      expect(entry.exceptionType).toMatch(/^System\./);
    },
  );
  it.each(Object.entries(ValueMessages))('%s builds an exception without leftover slots', (id, entry) => {
    const e = PSRuntimeException.of(id as ValueErrorId, 'a', 'b', 'c', 'd');
    expect(e.errorId).toBe('errorId' in entry ? entry.errorId : id);
    expect(e.inner?.exceptionType).toBe('innerExceptionType' in entry ? entry.innerExceptionType : undefined);
    expect(e.message).not.toMatch(/\{\d+\}/);
  });
  it('all message texts end like .NET sentences', () => {
    for (const text of [
      ...Object.values(DotNetMessages),
      ...Object.values(FormatMessages),
      ...Object.values(RegexParseMessages),
    ]) {
      expect(text).toMatch(/([.)]|\{\d+\})$/);
    }
  });
});
