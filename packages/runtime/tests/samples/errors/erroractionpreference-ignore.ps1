$ErrorActionPreference = 'Ignore'
Write-Error 'x'
$Error.Count
'after'
