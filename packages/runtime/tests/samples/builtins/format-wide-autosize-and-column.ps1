# -AutoSize and -Column cannot be used together.
try { 1, 2 | Format-Wide -AutoSize -Column 2 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
