$IsLinux -or $IsWindows -or $IsMacOS
$PID -gt 0
[string]::IsNullOrEmpty($HOME)
