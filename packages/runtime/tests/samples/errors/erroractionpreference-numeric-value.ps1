# $ErrorActionPreference set to a number means the ActionPreference with that value (pwsh's variable is typed):
# 0 is SilentlyContinue, 1 is Stop.
$ErrorActionPreference = 0
Write-Error 'hidden'
'after'
$ErrorActionPreference = 1
try { Write-Error 'stops' } catch { 'caught' }
