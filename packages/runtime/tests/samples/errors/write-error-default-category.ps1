try { Write-Error 'x' -ErrorAction Stop } catch { $_.CategoryInfo.Category }
