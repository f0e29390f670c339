$result = [System.Collections.ObjectModel.Collection[int]]@(1, 2)
$result.GetType().Name
$result -join ";"
