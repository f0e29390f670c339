Microsoft.PowerShell.Utility\Write-Output 'x'
1 | Microsoft.PowerShell.Core\ForEach-Object { $_ + 1 }
