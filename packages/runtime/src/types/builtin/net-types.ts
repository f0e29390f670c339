// System.Net types scripts touch: MailAddress, HttpUtility/WebUtility, ServicePointManager and SecurityProtocolType.
import { dotNetError } from '../errors.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { str } from './define.js';
import { PS_TYPE_NAMES } from '../../values/type-names.js';

/** System.Net.Mail.MailAddress: `user@host` or `Display Name <user@host>`. */
export class MailAddressValue {
  get [PS_TYPE_NAMES](): string[] {
    return ['System.Net.Mail.MailAddress', 'System.Object'];
  }
  readonly user: string;
  readonly host: string;
  constructor(
    readonly displayName: string,
    address: string,
  ) {
    const at = address.lastIndexOf('@');
    this.user = address.slice(0, at);
    this.host = address.slice(at + 1);
  }
  get address(): string {
    return `${this.user}@${this.host}`;
  }
  toString(): string {
    return this.displayName ? `"${this.displayName}" <${this.address}>` : this.address;
  }
}

const ADDRESS = /^([^\s@<>"]+|"[^"]*")@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[^\]]+\])$/;

export function parseMailAddress(text: string | null, displayName?: string | null): MailAddressValue {
  if (text === null)
    throw dotNetError('System.ArgumentNullException', "Value cannot be null. (Parameter 'address')");
  const t = text.trim();
  if (t === '')
    throw dotNetError(
      'System.ArgumentException',
      "The value cannot be an empty string. (Parameter 'address')",
    );
  const bracketed = /^(?:"([^"]*)"|([^<]*?))\s*<([^>]+)>$/.exec(t);
  const address = bracketed ? bracketed[3]!.trim() : t;
  const shown = displayName ?? (bracketed ? (bracketed[1] ?? bracketed[2] ?? '').trim() : '');
  if (!ADDRESS.test(address))
    throw dotNetError(
      'System.FormatException',
      'The specified string is not in the form required for an e-mail address.',
    );
  return new MailAddressValue(shown, address);
}

export const MailAddressType: TypeInfoInit = {
  fullName: 'System.Net.Mail.MailAddress',
  isInstance: (v) => v instanceof MailAddressValue,
  constructors: method<null>(
    'new',
    ['mailaddress new(string address)', (_t, a) => parseMailAddress(a[0] as string | null)],
    [
      'mailaddress new(string address, string displayName)',
      (_t, a) => parseMailAddress(a[0] as string | null, a[1] as string | null),
    ],
  ),
  staticMethods: [
    method<null>('TryCreate', [
      'static bool TryCreate(string address, [ref] mailaddress result)',
      (_t, a) => {
        try {
          (a[1] as { value: unknown }).value = parseMailAddress(a[0] as string | null);
          return true;
        } catch {
          (a[1] as { value: unknown }).value = null;
          return false;
        }
      },
    ]),
  ],
};

/** HttpUtility.UrlEncode: form encoding (space -> '+', lower-case hex), as System.Web does. */
export function urlEncode(text: string | null): string | null {
  if (text === null) return null;
  return [...Buffer.from(text, 'utf8')]
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.!*()]/.test(c)) return c;
      if (c === ' ') return '+';
      return `%${b.toString(16).padStart(2, '0')}`;
    })
    .join('');
}

export function urlDecode(text: string | null): string | null {
  if (text === null) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '+') bytes.push(32);
    else if (c === '%' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** WebUtility.HtmlEncode: the five markup characters, U+00A0-U+00FF and surrogate pairs as numeric references. */
export const htmlEncode = (text: string | null): string | null =>
  text === null
    ? null
    : text.replace(
        /[&<>"'\u00a0-\u00ff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g,
        (c) =>
          HTML[c] ?? (c.length === 2 || !/[\ud800-\udfff]/.test(c) ? `&#${c.codePointAt(0)!};` : '&#65533;'),
      );
export function htmlDecode(text: string | null): string | null {
  if (text === null) return null;
  return text.replace(
    /&(amp|lt|gt|quot|#39|apos|#(\d+)|#x([0-9a-f]+));/gi,
    (_m, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return (
        ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" } as Record<string, string>)[
          name.toLowerCase()
        ] ?? ''
      );
    },
  );
}

const webMethods = [
  method<null>('UrlEncode', [
    'static string UrlEncode(string str)',
    (_t, a) => urlEncode(a[0] as string | null),
  ]),
  method<null>('UrlDecode', [
    'static string UrlDecode(string str)',
    (_t, a) => urlDecode(a[0] as string | null),
  ]),
  method<null>('HtmlEncode', [
    'static string HtmlEncode(string s)',
    (_t, a) => htmlEncode(a[0] as string | null),
  ]),
  method<null>('HtmlDecode', [
    'static string HtmlDecode(string s)',
    (_t, a) => htmlDecode(a[0] as string | null),
  ]),
];

export const HttpUtilityType: TypeInfoInit = {
  fullName: 'System.Web.HttpUtility',
  staticMethods: [
    ...webMethods,
    method<null>('UrlPathEncode', [
      'static string UrlPathEncode(string str)',
      (_t, a) => encodeURI(str(a[0])),
    ]),
  ],
};

// WebUtility.UrlEncode uses upper-case hex escapes.
export const WebUtilityType: TypeInfoInit = {
  fullName: 'System.Net.WebUtility',
  staticMethods: [
    method<null>('UrlEncode', [
      'static string UrlEncode(string value)',
      (_t, a) => urlEncode(a[0] as string | null)?.replace(/%[0-9a-f]{2}/g, (e) => e.toUpperCase()) ?? null,
    ]),
    ...webMethods.slice(1),
  ],
};
