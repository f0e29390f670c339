$n = $null
try { $n.ToUpper() } catch { $_.Exception.Message }
try { $n[0] } catch { $_.Exception.Message }
