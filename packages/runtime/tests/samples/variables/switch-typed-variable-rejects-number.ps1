# LanguagePrimitives has no conversion from a number to SwitchParameter (only from a Boolean or $null), so a
# [switch] variable refuses 0 and keeps its value; [bool] takes numbers.
[switch]$v = $true
try { $v = 0 } catch { $_.Exception.Message }
$v.IsPresent
[bool]$b = 0
$b
