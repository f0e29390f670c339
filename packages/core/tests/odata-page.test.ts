// The page scanner: members parsed, `value` items found by their byte ranges and parsed one at a time.
import { describe, expect, it } from 'vitest';
import { ItemNotJsonError, parsedItems, scanODataPage } from '../src/rest/odata-page.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function scan(text: string) {
  const b = bytes(text);
  const page = scanODataPage(b);
  return page && { members: page.members, items: [...parsedItems(b, page.items)] };
}

describe('scanODataPage', () => {
  it('finds the items and the other members wherever they are', () => {
    const page = {
      '@odata.context': 'https://outlook.office365.com/x',
      value: [{ a: 1, b: 'x' }, { a: 2, nested: { list: [1, [2, 3]], o: {} } }, 'plain', 42, null, true],
      '@odata.nextLink': 'https://next?skip=2',
      '@adminapi.warnings': ['w1'],
    };
    expect(scan(JSON.stringify(page))).toEqual({
      members: {
        '@odata.context': page['@odata.context'],
        '@odata.nextLink': page['@odata.nextLink'],
        '@adminapi.warnings': ['w1'],
      },
      items: page.value,
    });
    expect(scan(JSON.stringify(page, null, 2))?.items).toEqual(page.value);
  });

  it('is not fooled by quotes, backslashes, brackets and non-ASCII text inside strings', () => {
    const value = [
      { s: 'he said "}]," and left \\', t: '\\"' },
      { s: '{[', e: 'Zoë – 日本語 😀', u: '\u0000\u001f' },
    ];
    expect(scan(JSON.stringify({ value }))?.items).toEqual(value);
    expect(scan('{ "va\\u006cue" : [ 1 ] , "x" : "y" }')).toEqual({ members: { x: 'y' }, items: [1] });
  });

  it('takes an empty page and a page without value', () => {
    expect(scan('{"value":[]}')).toEqual({ members: {}, items: [] });
    expect(scan(' { } ')).toEqual({ members: {}, items: [] });
    expect(scan('{"@adminapi.warnings":["only a warning"]}')).toEqual({
      members: { '@adminapi.warnings': ['only a warning'] },
      items: [],
    });
  });

  it('rejects what is not one JSON object', () => {
    for (const text of [
      '',
      '<html>Service Unavailable</html>',
      '[1,2]',
      '{"value":[{"a":1}',
      '{"value":[{"a":"unterminated}]}',
      '{"value":[1,2]} trailing',
      '{"value":[1 2]}',
      '{"value" [1]}',
    ])
      expect(scan(text), text).toBeUndefined();
  });

  it('throws for a member that is not JSON, and for a bad item only when that item is taken', () => {
    expect(() => scanODataPage(bytes('{"x":tru,"value":[]}'))).toThrow(SyntaxError);
    const b = bytes('{"value":[{"a":1},{"a":nope},{"a":3}]}');
    const page = scanODataPage(b)!;
    const items = parsedItems(b, page.items);
    expect(items.next().value).toEqual({ a: 1 });
    expect(() => items.next()).toThrow(ItemNotJsonError);
  });
});
