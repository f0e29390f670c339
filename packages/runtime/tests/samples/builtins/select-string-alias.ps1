# sls is pwsh 7.4's default alias for Select-String (on every platform).
"abc", "xyz" | sls "y" | ForEach-Object Line
