$PSVersionTable.PSVersion.Major -ge 7
$PSEdition
