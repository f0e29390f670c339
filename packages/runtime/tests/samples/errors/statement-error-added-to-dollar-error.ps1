$zero = 0
1 / $zero
$Error.Count
$Error[0].Exception.Message
