$a = @()
$a += , @(1, 2)
$a.Count
$a[0].Count
