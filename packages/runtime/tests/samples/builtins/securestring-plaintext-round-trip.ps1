# SecureString.Tests.ps1: ConvertTo-SecureString -AsPlainText (no -Force needed in pwsh 7), back with -AsPlainText.
$string = 'ABCD'
$ss = ConvertTo-SecureString -AsPlainText -Force abcd
$ss -is [securestring]
"$ss"
$ss.Length
$ss1 = ConvertTo-SecureString -AsPlainText $string
$ss2 = ConvertFrom-SecureString $ss1 | ConvertTo-SecureString
$ss2 | ConvertFrom-SecureString -AsPlainText
# Off Windows the "protected" form is the hex of the UTF-16LE characters (no DPAPI).
ConvertFrom-SecureString $ss1
