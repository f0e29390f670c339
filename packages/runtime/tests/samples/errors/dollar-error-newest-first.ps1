$Error.Clear()
try { throw 'a' } catch { }
try { throw 'b' } catch { }
$Error[0].Exception.Message
$Error[1].Exception.Message
