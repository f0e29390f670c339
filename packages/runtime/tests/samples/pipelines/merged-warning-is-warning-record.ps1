$out = Write-Warning 'w' 3>&1
$out.GetType().Name
