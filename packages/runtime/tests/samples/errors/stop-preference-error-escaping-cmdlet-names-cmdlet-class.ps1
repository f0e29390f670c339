# Under $ErrorActionPreference = 'Stop' the error ends the script block, leaves ForEach-Object wrapped, and ends
# the script; the reported id names the cmdlet's class.
$ErrorActionPreference = 'Stop'
'before'
1 | ForEach-Object { [int]::Parse('x') }
'not reached'
