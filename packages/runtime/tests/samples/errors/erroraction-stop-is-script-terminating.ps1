function f { [CmdletBinding()] param() Write-Error 'x' }
f -ErrorAction Stop
'after'
