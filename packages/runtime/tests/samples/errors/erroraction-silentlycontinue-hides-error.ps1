function f { [CmdletBinding()] param() Write-Error 'x'; 'after' }
f -ErrorAction SilentlyContinue
