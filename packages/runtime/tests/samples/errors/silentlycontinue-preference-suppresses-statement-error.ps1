$ErrorActionPreference = 'SilentlyContinue'
$zero = 0
1 / $zero
'after'
