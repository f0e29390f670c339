$IsCoreCLR
$ShellId
$NestedPromptLevel
[string]::IsNullOrEmpty($PSHOME)
$PSVersionTable.PSVersion.ToString().StartsWith('7.')
