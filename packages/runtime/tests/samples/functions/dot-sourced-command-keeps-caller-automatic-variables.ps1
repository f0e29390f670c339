# A dot-sourced function runs in the caller's scope, but $MyInvocation, $args and $PSBoundParameters are its own
# while it runs; the caller's are back when it ends (variables it set stay), as pwsh's dotted locals.
function Show-Args { $made = 'kept'; "inside: $($MyInvocation.MyCommand.Name) $args" }
function Outer {
  param($Name)
  . Show-Args a b
  "outer: $($MyInvocation.MyCommand.Name) $($PSBoundParameters['Name']) $made"
}
Outer -Name x
