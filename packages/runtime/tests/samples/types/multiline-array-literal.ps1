$a = @(
    'x'
    'y'
)
$a.Count
$a[1]
