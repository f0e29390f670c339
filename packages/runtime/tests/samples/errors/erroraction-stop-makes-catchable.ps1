function f { [CmdletBinding()] param() Write-Error 'x'; 'after' }
try { f -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" }
