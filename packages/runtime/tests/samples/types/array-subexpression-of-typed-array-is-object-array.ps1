$result = @([int[]](1, 2, 3))
$result.GetType().FullName
$result.Length
