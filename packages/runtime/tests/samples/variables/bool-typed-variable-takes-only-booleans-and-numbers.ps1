# A [bool] or [switch] variable's type constraint (ArgumentTypeConverterAttribute.CheckBoolValue) takes only
# Booleans and numbers: a string, or $null for [bool], is refused and the variable keeps its value.
[bool]$b = 0
$b
try { $b = 'true' } catch { $_.Exception.Message }
try { $b = $null } catch { $_.Exception.Message }
$b
$b = 5
$b
[switch]$s = $false
try { $s = 'yes' } catch { $_.Exception.Message }
$s.IsPresent
[bool]('true')
