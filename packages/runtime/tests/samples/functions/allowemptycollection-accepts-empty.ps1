function get-foo { param([Parameter(mandatory=$true)][allowemptycollection()][string[]] $a) $a }
@(get-foo -a @()).Count
