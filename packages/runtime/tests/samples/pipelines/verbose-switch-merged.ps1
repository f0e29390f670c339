function f { [CmdletBinding()] param() Write-Verbose 'vv' }
f -Verbose 4>&1
f 4>&1
'end'
