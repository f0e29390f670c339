function f {
    [CmdletBinding(DefaultParameterSetName = 'A')]
    param([Parameter(ParameterSetName = 'A')]$a, [Parameter(ParameterSetName = 'B')]$b)
    $PSCmdlet.ParameterSetName
}
f -b 1
f
