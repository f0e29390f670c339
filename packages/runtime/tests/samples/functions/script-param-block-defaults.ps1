param($Name = 'default', [int]$Count = 2)
"$Name x $Count"
$PSBoundParameters.Count
