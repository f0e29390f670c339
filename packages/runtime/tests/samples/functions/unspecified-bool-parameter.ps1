function get-foo { param([Parameter(Mandatory=$true, Position=0, ValueFromPipeline=$true)] $a, [System.Boolean] $b) $a }
42 | get-foo
