# SecureString.Tests.ps1: null arguments, a bad key length, a wrong key (non-terminating), a string for a SecureString.
$secureString = [System.Security.SecureString]::New()
'ABCD'.ToCharArray() | ForEach-Object { $secureString.AppendChar($_) }
ConvertFrom-SecureString -SecureString $null -Key $null
ConvertFrom-SecureString -SecureString $secureString -Key ([byte[]]@(1,2))
$encoded = ConvertFrom-SecureString $secureString -Key ([byte[]](1..32))
ConvertTo-SecureString $encoded -Key ([byte[]](2..33))
ConvertTo-SecureString 'abc'
'done'
