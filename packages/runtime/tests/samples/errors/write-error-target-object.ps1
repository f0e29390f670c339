try { Write-Error 'x' -TargetObject 'tgt' -ErrorAction Stop } catch { $_.TargetObject }
