# A [pscredential] parameter or variable takes a PSCredential as it is; other values fail to convert.
$cred = [pscredential]::new('u@contoso.com', (ConvertTo-SecureString 'p' -AsPlainText))
function Show-User { param([pscredential]$Credential) $Credential.UserName }
Show-User -Credential $cred
[System.Management.Automation.PSCredential]$typed = $cred
$typed.GetNetworkCredential().Password
$null -eq (& { param([pscredential]$c) $c } $null)
[pscredential]'abc'
