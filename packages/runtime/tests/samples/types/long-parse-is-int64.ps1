[long]::Parse('12').GetType().Name
[long]::Parse('9223372036854775807')
$r = 0
[long]::TryParse('-5', [ref]$r)
$r.GetType().Name
