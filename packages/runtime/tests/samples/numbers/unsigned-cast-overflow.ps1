# Values outside the unsigned range do not convert.
try { [uint32]-1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { [uint64]'18446744073709551616' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
