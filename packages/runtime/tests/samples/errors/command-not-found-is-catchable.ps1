try { Get-ExoshNoSuchCommand } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
