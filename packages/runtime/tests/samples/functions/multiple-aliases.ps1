function get-foo { param([Parameter(mandatory=$true)][alias("foo", "bar")] $a) $a }
get-foo -foo b
get-foo -bar c
