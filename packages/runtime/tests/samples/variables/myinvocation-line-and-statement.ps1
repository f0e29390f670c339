# $MyInvocation.Line is the whole source line the call starts on, .Statement the call's own text (every line of it),
# .OffsetInLine the column where the call starts; .PositionMessage underlines the call.
function f { $MyInvocation }
$m = f -Name x
$m.Line
$m.Statement
$m.OffsetInLine
($m.PositionMessage -split "`n")[2]
$s = & {
  $MyInvocation.Statement
}
($s -split "`n").Count
$s.StartsWith('& {')
