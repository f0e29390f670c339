$Error.Clear()
try { throw 'first' } catch { }
$Error.Count
$Error[0].Exception.Message
