$a = 1, 2, 3
$result = @([object[]]$a)
$result.GetType().FullName
$result.Length
