# PSCredential from New-Object and [pscredential]::new; GetNetworkCredential() splits DOMAIN\user, keeps e-mail names.
$password = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.com', $password)
$cred.UserName
$cred.Password
$cred.GetNetworkCredential().Password
$cred.GetNetworkCredential().UserName
$other = [pscredential]::new('CONTOSO\bob', (ConvertTo-SecureString 'x' -AsPlainText -Force))
$other.GetNetworkCredential().UserName
$other.GetNetworkCredential().Domain
$other -is [pscredential]
$other.GetType().FullName
[pscredential]::Empty.UserName -eq $null
