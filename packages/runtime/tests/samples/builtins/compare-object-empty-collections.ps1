# Compare-Object.Tests.ps1 (DRT): empty reference or difference sets are allowed.
$none = Compare-Object @() @()
$null -eq $none
$r = Compare-Object @() @("diffObject")
"{0} {1}" -f $r.InputObject, $r.SideIndicator
$r = Compare-Object @("refObject") @()
"{0} {1}" -f $r.InputObject, $r.SideIndicator
