# Set-StrictMode -Version 3.0 and Latest: an array index out of bounds fails instead of giving $null.
Set-StrictMode -Version 3.0
$arr = 1, 2
$arr[1]
try { $arr[5] } catch { $_.Exception.Message }
Set-StrictMode -Version Latest
try { $arr[-3] } catch { $_.Exception.GetType().Name }
