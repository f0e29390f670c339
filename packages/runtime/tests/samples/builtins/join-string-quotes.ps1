# Join-String.Tests.ps1: -SingleQuote / -DoubleQuote wrap each item.
"a", "b" | Join-String -SingleQuote -Separator "; "
"a", "b" | Join-String -DoubleQuote -Separator "; "
