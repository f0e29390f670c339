"PowerShell", "Server" -like "*shell"
