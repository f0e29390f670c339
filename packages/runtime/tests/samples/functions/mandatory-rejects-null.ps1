function f { param([Parameter(Mandatory)]$Value) $Value }
f -Value $null
'after'
