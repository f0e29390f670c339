"5" -as [int]
$null -eq ("abc" -as [int])
