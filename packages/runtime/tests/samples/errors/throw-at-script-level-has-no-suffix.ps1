function f { throw 'in function' }
try { f } catch { $_.FullyQualifiedErrorId }
throw 'top'
