$err = $null
try { Write-Error 'x' -ErrorAction Stop -ErrorVariable err } catch { }
$err.Count
$err[0].GetType().Name
$err[0].ErrorRecord.Exception.Message
