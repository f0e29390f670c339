# SecureString.Tests.ps1 "Can encode secure string with key": AES with -Key, pwsh's V2 export header.
$testString = '[8Chars][8Chars][Not8]'
$key = [System.Text.Encoding]::UTF8.GetBytes("1234"*8)
$ss1 = $testString | ConvertTo-SecureString -AsPlainText -Force
$encodedStr = $ss1 | ConvertFrom-SecureString -Key $key
$encodedStr.StartsWith('76492d1116743f0423413b16050a5345')
$encodedStr.Contains($testString)
$ss2 = $encodedStr | ConvertTo-SecureString -Key $key
$ss2 | ConvertFrom-SecureString -AsPlainText
# -SecureKey: the key is the UTF-16LE bytes of the secure string (16 characters = 256 bits).
$secureKey = ConvertTo-SecureString -AsPlainText '0123456789abcdef'
$encoded = ConvertFrom-SecureString $ss1 -SecureKey $secureKey
ConvertTo-SecureString $encoded -SecureKey $secureKey | ConvertFrom-SecureString -AsPlainText
