# The same call site binds again each time: values, $null and '' on a mandatory parameter, a second argument.
function f {
    [CmdletBinding(DefaultParameterSetName = 'A')]
    param(
        [Parameter(Mandatory, Position = 0)] $x,
        [Parameter(ParameterSetName = 'B', Position = 1)] $y
    )
    "$($PSCmdlet.ParameterSetName) $($PSBoundParameters.Keys -join ',') [$x] [$y]"
}
foreach ($v in 1, 'a', 2) { f $v }
foreach ($v in 1, 2) { f $v ($v * 10) }
foreach ($v in 3, $null, '', 4) {
    try { f $v } catch { $_.FullyQualifiedErrorId }
}
foreach ($v in @(5, 6), 7) { f $v }
