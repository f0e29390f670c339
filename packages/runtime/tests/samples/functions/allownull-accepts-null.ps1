function get-foo { param([Parameter(mandatory=$true)][allownull()] $a) $a }
$null -eq (get-foo -a $null)
