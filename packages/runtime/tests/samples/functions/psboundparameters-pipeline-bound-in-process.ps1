# A parameter bound from the pipeline is in $PSBoundParameters in the process block, after the command-line ones.
function p {
  [CmdletBinding()]
  param([Parameter(ValueFromPipeline)]$InputObject, $Tag)
  process { ($PSBoundParameters.Keys -join '+') + '=' + $PSBoundParameters['InputObject'] }
}
1, 2 | p -Tag t
