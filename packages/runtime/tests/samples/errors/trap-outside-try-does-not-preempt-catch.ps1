$a = . { trap { "test failed" } try { 1; throw "exception"; "test failed" } catch { 2 } }
$a -join ','
