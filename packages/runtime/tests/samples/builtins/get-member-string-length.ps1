'abc' | Get-Member -Name Length | ForEach-Object Definition
