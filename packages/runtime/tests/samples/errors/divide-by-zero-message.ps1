$zero = 0
try { 1 / $zero } catch { $_.Exception.Message }
