try { Get-Item /nonexistent/x -ErrorAction Stop } catch { $_.InvocationInfo.MyCommand.Name; "cmd: $($_.InvocationInfo.MyCommand)" }
function f { [CmdletBinding()] param() Write-Error "boom" }
f 2>&1 | ForEach-Object { $_.InvocationInfo.MyCommand.Name }
