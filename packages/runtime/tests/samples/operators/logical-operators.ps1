$true -and $false
$true -or $false
-not $true
!0
$true -xor $true
