// [WildcardPattern]: Escape/Unescape/ContainsWildcardCharacters and pattern objects over the text layer's WildcardPattern.
import {
  WildcardPattern,
  containsWildcardCharacters,
  escapeWildcard,
  unescapeWildcard,
} from '../../text/wildcard.js';
import { method } from '../method-def.js';
import type { TypeInfoInit } from '../type-info.js';
import { num, str } from './define.js';

const WILDCARD_OPTIONS_IGNORE_CASE = 2;

export const WildcardPatternType: TypeInfoInit = {
  fullName: 'System.Management.Automation.WildcardPattern',
  isInstance: (v) => v instanceof WildcardPattern,
  staticMethods: [
    method<null>('Escape', ['static string Escape(string pattern)', (_t, a) => escapeWildcard(str(a[0]))]),
    method<null>('Unescape', [
      'static string Unescape(string pattern)',
      (_t, a) => unescapeWildcard(str(a[0])),
    ]),
    method<null>('ContainsWildcardCharacters', [
      'static bool ContainsWildcardCharacters(string pattern)',
      (_t, a) => containsWildcardCharacters(str(a[0])),
    ]),
    method<null>('Get', [
      'static WildcardPattern Get(string pattern, System.Management.Automation.WildcardOptions options)',
      (_t, a) => new WildcardPattern(str(a[0]), (num(a[1]) & WILDCARD_OPTIONS_IGNORE_CASE) !== 0),
    ]),
  ],
  constructors: method<null>(
    'new',
    // Without options the match is case-sensitive (WildcardOptions.None), unlike -like.
    ['WildcardPattern new(string pattern)', (_t, a) => new WildcardPattern(str(a[0]), false)],
    [
      'WildcardPattern new(string pattern, System.Management.Automation.WildcardOptions options)',
      (_t, a) => new WildcardPattern(str(a[0]), (num(a[1]) & WILDCARD_OPTIONS_IGNORE_CASE) !== 0),
    ],
  ),
};
