try { 'abc'.NoSuchMethod() } catch { $_.Exception.Message }
