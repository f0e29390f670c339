{ param($a) $a * 2 }.InvokeReturnAsIs(21)
({ 1,2 }.InvokeReturnAsIs()).Count
$null -eq { }.InvokeReturnAsIs()
