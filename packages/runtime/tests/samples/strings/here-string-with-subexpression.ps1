$items = 1, 2
$s = @"
count: $($items.Count)
"@
$s
