# A [switch] type constraint on a variable stores a SwitchParameter (not a Boolean), and keeps converting to one.
[switch]$v = $true
$v.GetType().FullName
$v.IsPresent
if ($v) { 'present' }
[switch]$w = $false
$w.GetType().Name
$w.IsPresent
$w.ToBool()
if (-not $w) { 'absent' }
$w = $true
$w.GetType().Name
"$w"
$w = $null
$w.GetType().Name
$w.IsPresent
