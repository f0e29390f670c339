try { throw 'my message' } catch { $_.FullyQualifiedErrorId }
