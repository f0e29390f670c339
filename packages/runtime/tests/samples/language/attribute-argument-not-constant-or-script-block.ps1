# Outside classes an attribute argument must be a constant or a script block: a variable is a parse error.
function Select-Tier {
    param([ValidateSet($tiers)][string]$Tier)
    $Tier
}
'not reached'
