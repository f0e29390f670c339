$result = @([object[]]$null)
$result.Length
$null -eq $result[0]
