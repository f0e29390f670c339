function f { param([switch]$Force) $Force.IsPresent }
$p = @{ Force = $true }
f @p
