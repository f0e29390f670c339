function f { param([switch]$Force) $Force.IsPresent }
f
f -Force
f -Force:$false
