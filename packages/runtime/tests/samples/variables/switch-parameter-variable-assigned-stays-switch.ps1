# Inside a function, assigning to a [switch] parameter converts the value to a SwitchParameter, which passes on
# to another switch as -Name:$value.
function Inner([switch]$Flag) { $Flag.IsPresent }
function Outer {
    param([switch]$Force)
    $Force.GetType().Name
    $Force = $true
    $Force.GetType().Name
    $Force.IsPresent
    Inner -Flag:$Force
}
Outer
