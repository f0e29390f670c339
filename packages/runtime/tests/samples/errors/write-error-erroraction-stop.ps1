try { Write-Error 'direct' -ErrorAction Stop; 'not here' } catch { $_.Exception.Message }
