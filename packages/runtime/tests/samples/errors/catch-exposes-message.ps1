try { throw "boom" } catch { $_.Exception.Message }
