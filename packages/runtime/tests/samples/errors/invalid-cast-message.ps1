try { [int]'abc' } catch { $_.Exception.Message }
