Write-Error 'x' -ErrorAction Ig
$Error.Count
