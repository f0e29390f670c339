// Character classes the tokenizer needs (PowerShell's CharTraits), as one lookup table over ASCII.
const IdentifierStart = 0x2;
const MultiplierStart = 0x4;
const TypeSuffix = 0x8;
const Whitespace = 0x10;
const HexDigit = 0x40;
const Digit = 0x80;
const VarNameFirst = 0x100;
const ForceStartNewToken = 0x200;
const ForceStartNewAssemblyNameSpecToken = 0x400;
const ForceStartNewTokenAfterNumber = 0x800;

const traits = new Uint16Array(128);
traits[0] = ForceStartNewToken | ForceStartNewAssemblyNameSpecToken;
for (const c of [9, 11, 12, 32])
  traits[c] = Whitespace | ForceStartNewToken | ForceStartNewAssemblyNameSpecToken;
traits[10] = ForceStartNewToken | ForceStartNewAssemblyNameSpecToken;
traits[13] = ForceStartNewToken | ForceStartNewAssemblyNameSpecToken;
for (const ch of '!#%*+-./<>') traits[ch.charCodeAt(0)] = ForceStartNewTokenAfterNumber;
for (const ch of '&();{|}') traits[ch.charCodeAt(0)] = ForceStartNewToken;
traits[44] = ForceStartNewToken | ForceStartNewAssemblyNameSpecToken; // ,
traits[61] = ForceStartNewAssemblyNameSpecToken | ForceStartNewTokenAfterNumber; // =
traits[93] = ForceStartNewAssemblyNameSpecToken | ForceStartNewTokenAfterNumber; // ]
for (const ch of '$:?^') traits[ch.charCodeAt(0)] = VarNameFirst;
for (let c = 48; c <= 57; c++) traits[c] = Digit | HexDigit | VarNameFirst;
for (let c = 65; c <= 90; c++) {
  const lower = c + 32;
  let t = IdentifierStart | VarNameFirst;
  if (c <= 70) t |= HexDigit;
  const ch = String.fromCharCode(c);
  if ('GKMPT'.includes(ch)) t |= MultiplierStart;
  if ('DLNSUY'.includes(ch)) t |= TypeSuffix;
  traits[c] = t;
  traits[lower] = t;
}
traits[95] = IdentifierStart | VarNameFirst; // _

export const NoBreakSpace = 0xa0;
export const NextLine = 0x85;

/** Unicode separators (char.IsSeparator): space, line and paragraph separators. */
function isUnicodeSeparator(c: number): boolean {
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Whitespace that separates tokens; newlines are not whitespace. */
export function isWhitespace(c: number): boolean {
  if (c < 128) return (traits[c]! & Whitespace) !== 0;
  if (c <= 256) return c === NoBreakSpace || c === NextLine;
  return isUnicodeSeparator(c);
}

export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2015;
}

export function isSingleQuote(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b;
}

export function isDoubleQuote(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e;
}

function isLetter(c: number): boolean {
  return /\p{L}/u.test(String.fromCharCode(c));
}

function isLetterOrDigit(c: number): boolean {
  return /[\p{L}\p{Nd}]/u.test(String.fromCharCode(c));
}

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter(c);
}

export function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return isLetterOrDigit(c);
}

export function isVariableStart(c: number): boolean {
  if (c < 128) return (traits[c]! & VarNameFirst) !== 0;
  return isLetterOrDigit(c);
}

/** An ASCII letter or `_`: a word's first character that every mode scans as the start of an identifier. */
export function isAsciiWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

export function isIdentifierStart(c: number): boolean {
  if (c < 128) return (traits[c]! & IdentifierStart) !== 0;
  return isLetter(c);
}

export function isIdentifierFollow(c: number): boolean {
  if (c < 128) return (traits[c]! & (IdentifierStart | Digit)) !== 0;
  return isLetterOrDigit(c);
}

export function isHexDigit(c: number): boolean {
  return c < 128 && (traits[c]! & HexDigit) !== 0;
}

export function isDecimalDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isTypeSuffix(c: number): boolean {
  return c < 128 && (traits[c]! & TypeSuffix) !== 0;
}

export function isMultiplierStart(c: number): boolean {
  return c < 128 && (traits[c]! & MultiplierStart) !== 0;
}

/** True if the character ends a token that began with a letter or digit, whatever the mode. */
export function forceStartNewToken(c: number): boolean {
  if (c < 128) return (traits[c]! & ForceStartNewToken) !== 0;
  return isWhitespace(c);
}

export function forceStartNewTokenAfterNumber(c: number, ternary: boolean): boolean {
  if (c < 128) {
    if ((traits[c]! & ForceStartNewTokenAfterNumber) !== 0) return true;
    return ternary && (c === 63 || c === 58);
  }
  return isDash(c);
}

export function forceStartNewTokenInAssemblyNameSpec(c: number): boolean {
  if (c < 128) return (traits[c]! & ForceStartNewAssemblyNameSpecToken) !== 0;
  return isWhitespace(c);
}
