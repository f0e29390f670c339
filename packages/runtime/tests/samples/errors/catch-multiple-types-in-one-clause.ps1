try { throw [System.InvalidOperationException]::new('bad op') } catch [System.ArgumentException], [System.InvalidOperationException] { "caught: $($_.Exception.Message)" }
