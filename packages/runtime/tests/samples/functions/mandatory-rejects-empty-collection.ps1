function get-foo { param([Parameter(mandatory=$true)][string[]] $a) $a }
get-foo -a @()
'after'
