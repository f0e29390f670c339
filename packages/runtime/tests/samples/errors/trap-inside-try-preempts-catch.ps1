$a = . { try { 1; throw "exception"; trap { 2; return }; "test failed" } catch { "test failed" } }
$a -join ','
