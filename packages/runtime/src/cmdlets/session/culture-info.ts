// CultureInfo objects for Get-Culture: en-US and the invariant culture as .NET describes them, others from Intl.
import type { FormatView } from '../../format/view-registry.js';
import { PSObject } from '../../values/ps-object.js';

const typeNames = ['System.Globalization.CultureInfo', 'System.Object'];

/** LCIDs of the cultures scripts name most; .NET's value for a culture without one is 4096 (LOCALE_CUSTOM_UNSPECIFIED). */
const lcids: Readonly<Record<string, number>> = {
  '': 127,
  'en-US': 1033,
  'en-GB': 2057,
  'de-DE': 1031,
  'fr-FR': 1036,
  'es-ES': 3082,
  'it-IT': 1040,
  'ja-JP': 1041,
  'ko-KR': 1042,
  'pt-BR': 1046,
  'ru-RU': 1049,
  'zh-CN': 2052,
  'nl-NL': 1043,
  'sv-SE': 1053,
  'pl-PL': 1045,
  'tr-TR': 1055,
};

// Intl objects are made on first use: creating one loads ICU data (milliseconds), and every runspace's $Host needs
// en-US, which is described below without Intl.
let englishNames: Intl.DisplayNames | undefined;
const english = (): Intl.DisplayNames =>
  (englishNames ??= new Intl.DisplayNames(['en'], {
    type: 'language',
    languageDisplay: 'standard',
    fallback: 'none',
  }));

/** The culture's canonical name (`EN-us` -> `en-US`, `` for the invariant culture), or undefined when there is none. */
export function cultureName(name: string): string | undefined {
  if (name === '') return '';
  try {
    const canonical = Intl.getCanonicalLocales(name)[0];
    return canonical !== undefined && english().of(canonical) !== undefined ? canonical : undefined;
  } catch {
    return undefined;
  }
}

function culture(name: string, parent: string, properties: [string, unknown][]): PSObject {
  return new PSObject({
    typeNames,
    isTypeView: true,
    // CultureInfo.ToString() ("$culture") is its name.
    toText: () => name,
    properties: [
      ['Parent', parent],
      ['LCID', lcids[name] ?? 4096],
      ['KeyboardLayoutId', lcids[name] ?? 4096],
      ...properties,
    ],
  });
}

/** CultureInfo.GetCultureInfo(name) for a name cultureName accepted. */
export function cultureInfo(name: string): PSObject {
  if (name === '') {
    const invariant = 'Invariant Language (Invariant Country)';
    return culture('', '', [
      ['Name', ''],
      ['IetfLanguageTag', ''],
      ['DisplayName', invariant],
      ['NativeName', invariant],
      ['EnglishName', invariant],
      ['TwoLetterISOLanguageName', 'iv'],
      ['ThreeLetterISOLanguageName', 'ivl'],
      ['ThreeLetterWindowsLanguageName', 'IVL'],
      ['IsNeutralCulture', false],
      ['UseUserOverride', false],
      ['IsReadOnly', true],
    ]);
  }
  const isUs = name === 'en-US';
  const locale = isUs ? { language: 'en', region: 'US' } : new Intl.Locale(name);
  const englishName = isUs ? 'English (United States)' : (english().of(name) ?? name);
  const nativeName = isUs
    ? englishName
    : (new Intl.DisplayNames([name], { type: 'language', languageDisplay: 'standard' }).of(name) ?? name);
  return culture(name, locale.region ? locale.language : '', [
    ['Name', name],
    ['IetfLanguageTag', name],
    ['DisplayName', englishName],
    ['NativeName', nativeName],
    ['EnglishName', englishName],
    ['TwoLetterISOLanguageName', locale.language],
    ['ThreeLetterISOLanguageName', isUs ? 'eng' : ''],
    ['ThreeLetterWindowsLanguageName', isUs ? 'ENU' : ''],
    ['IsNeutralCulture', locale.region === undefined],
    ['UseUserOverride', isUs],
    ['IsReadOnly', !isUs],
  ]);
}

/** pwsh's CultureInfo table: LCID (16), Name (16), DisplayName; a view's columns are left-aligned. */
export const cultureInfoView: FormatView = {
  kind: 'table',
  columns: [
    { label: 'LCID', property: 'LCID', width: 16, alignment: 'Left' },
    { label: 'Name', property: 'Name', width: 16, alignment: 'Left' },
    { label: 'DisplayName', property: 'DisplayName', alignment: 'Left' },
  ],
};
