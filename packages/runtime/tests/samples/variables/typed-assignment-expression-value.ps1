([bool]$var = 42).GetType().FullName
$var
