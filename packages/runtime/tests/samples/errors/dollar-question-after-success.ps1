Write-Output 'a'
$?
