Write-Information 'i1' -InformationVariable iv
$iv[0].MessageData
