// Ctrl+R search as a filter: which keys it consumes, what it shows and what it hands to the line editor.
import { describe, expect, it } from 'vitest';
import { ReverseSearch } from '../src/repl/reverse-search.js';

function harness(history: string[]) {
  const events: string[] = [];
  const search = new ReverseSearch(() => history, {
    show: (query, match, failed) => events.push(`show ${query}|${match ?? ''}${failed ? ' failed' : ''}`),
    accept: (line, run) => events.push(`${run ? 'run' : 'edit'} ${line}`),
    cancel: () => events.push('cancel'),
  });
  return { search, events };
}

const newestFirst = ['Get-Mailbox -ResultSize 5', 'Get-Date', 'Get-Mailbox alice', 'exit'];

describe('ReverseSearch', () => {
  it('passes keys through until Ctrl+R, then finds the newest entry containing the query', () => {
    const { search, events } = harness(newestFirst);
    expect(search.filter('ab')).toBe('ab');
    expect(search.filter('\x12mail')).toBe('');
    expect(events.at(-1)).toBe('show mail|Get-Mailbox -ResultSize 5');
    expect(search.filter('\r')).toBe('');
    expect(events.at(-1)).toBe('run Get-Mailbox -ResultSize 5');
    expect(search.filter('x')).toBe('x');
  });

  it('Ctrl+R again goes to older matches; the search ignores case', () => {
    const { search, events } = harness(newestFirst);
    search.filter('\x12MAIL\x12');
    expect(events.at(-1)).toBe('show MAIL|Get-Mailbox alice');
    search.filter('\x12');
    expect(events.at(-1)).toBe('show MAIL|Get-Mailbox alice failed');
  });

  it('Backspace widens the query again; no match is shown as failed', () => {
    const { search, events } = harness(newestFirst);
    search.filter('\x12datz');
    expect(events.at(-1)).toBe('show datz|Get-Date failed');
    search.filter('\x7f');
    expect(events.at(-1)).toBe('show dat|Get-Date');
  });

  it('an editing key keeps the match for editing and still reaches the editor', () => {
    const { search, events } = harness(newestFirst);
    expect(search.filter('\x12date\x1b[C')).toBe('\x1b[C');
    expect(events.at(-1)).toBe('edit Get-Date');
    expect(search.filter('\x12ali\x01')).toBe('\x01');
    expect(events.at(-1)).toBe('edit Get-Mailbox alice');
  });

  it('Esc alone and Ctrl+G cancel without touching the line', () => {
    const { search, events } = harness(newestFirst);
    expect(search.filter('\x12ex\x1b')).toBe('');
    expect(events.at(-1)).toBe('cancel');
    expect(search.filter('\x12ex\x07more')).toBe('more');
    expect(events.at(-1)).toBe('cancel');
  });

  it('sees entries added after it was created', () => {
    const history = ['one'];
    const { search, events } = harness(history);
    history.unshift('two');
    search.filter('\x12t');
    expect(events.at(-1)).toBe('show t|two');
  });
});
