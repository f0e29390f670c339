# Validators see a numeric argument as pwsh does: ValidateRange by its number, ValidateSet by its text (ToString).
function v([ValidateRange(1, 20)]$n) { $n }
v 0x10
function w([ValidateSet('7', '8')]$n) { $n }
try { w 007 } catch { $_.FullyQualifiedErrorId }
w 7
