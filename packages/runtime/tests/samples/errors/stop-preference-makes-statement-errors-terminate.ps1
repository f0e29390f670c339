$ErrorActionPreference = 'Stop'
$zero = 0
1 / $zero
'after'
