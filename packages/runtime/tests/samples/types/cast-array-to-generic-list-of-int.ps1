$result = [Collections.Generic.List[int]]@("4", "5")
$result.GetType().Name
$result -join ";"
$result[0] + 1
