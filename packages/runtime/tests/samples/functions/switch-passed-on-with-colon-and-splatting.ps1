# A [switch] variable is a SwitchParameter: `-Force:$Force` passes it on, and $PSBoundParameters holds switches
# (-Verbose too) as SwitchParameter values (`.IsPresent`), so splatting it forwards them.
function Inner { [CmdletBinding()] param([switch]$Force, $Name) "Force=$Force Name=$Name" }
function Outer {
  [CmdletBinding()] param([switch]$Force, $Name)
  $Force.GetType().FullName
  Inner -Force:$Force -Name a
  $PSBoundParameters['Force'].IsPresent
  Inner @PSBoundParameters
}
Outer -Force -Name b
Outer -Name c
function Loud { [CmdletBinding()] param() $PSBoundParameters['Verbose'].IsPresent }
Loud -Verbose
