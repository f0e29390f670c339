// PowerShell fragments for token soups and mutations: the pieces real scripts are built from.
// prettier-ignore
export const fragments: readonly string[] = [
  // keywords and statement starts
  'if', 'elseif', 'else', 'switch', 'foreach', 'for', 'while', 'do', 'until', 'try', 'catch', 'finally',
  'trap', 'throw', 'return', 'break', 'continue', 'exit', 'function', 'filter', 'param', 'begin', 'process',
  'end', 'clean', 'dynamicparam', 'data', 'class', 'enum', 'using', 'namespace', 'in', ':outer',
  // punctuation and operators
  '(', ')', '{', '}', '[', ']', '@(', '@{', '$(', ';', ',', '.', '::', '..', '|', '||', '&&', '&', '=',
  '+=', '-=', '*=', '/=', '%=', '??=', '??', '?', ':', '?.', '?[', '++', '--', '!', '+', '-', '*', '/', '%',
  '>', '>>', '2>&1', '*>', '2>', '<', '-f', '-eq', '-ne', '-like', '-notlike', '-match', '-replace',
  '-split', '-join', '-is', '-as', '-and', '-or', '-not', '-bnot', '-in', '-contains', '-ceq', '-ireplace',
  '--%', '--', '–', '—', '`', '`\n', '#', '<#', '#>', '\n', '\r\n', ' ', '\t',
  // variables
  '$x', '$_', '$null', '$true', '$false', '$PSCmdlet', '$env:PATH', '$script:count', '${a b}', '${', '@splat',
  '$using:Name', '$$', '$?', '$^', '$',
  // literals
  '0', '42', '0x1F', '1.5e3', '2KB', '1GB', '10l', '3.14d', '0b101', '7n', "'text'", '"text"', '"$x"',
  '"$($x.Name)"', "'it''s'", '"a`"b"', '“curly”', '‘single’', '@"\nhere\n"@', "@'\nhere\n'@", '"', "'",
  // type literals and members
  '[int]', '[string[]]', '[System.Collections.Generic.List[string]]', '[pscustomobject]', '[ordered]',
  '[CmdletBinding()]', '[Parameter(Mandatory)]', '[ValidateSet("a","b")]', '::new()', '.Count', '.Add(1)',
  // commands and arguments
  'Get-EXOMailbox', 'Select-Object', 'Where-Object', 'ForEach-Object', 'Export-Csv', 'Write-Host', '%', '?',
  '-ResultSize', 'Unlimited', '-Identity:', 'Name,', 'Mail', '-Filter', "\"Name -like 'a*'\"", 'C:\\temp\\x.csv',
  'Read-Host', 'Continue?', '[Y]', 'Yes', '-Parallel', '-ThrottleLimit', '-ErrorAction', 'Stop',
];

/** Characters that change the tokenizer's state, over-weighted in the character soups. */
// prettier-ignore
export const significantChars: readonly string[] = [
  ...'(){}[]@$`\'"#<>|&;,.:=+-*/%!?~^\\'.split(''),
  '\n', '\r', '\t', ' ', '\u00a0', '\u2013', '\u2014', '\u201c', '\u201d', '\u2018', '\u2019', '\u0085',
  '\u2028', '\ufeff', '\0', 'a', 'Z', '0', '9', '_', 'é',
];
