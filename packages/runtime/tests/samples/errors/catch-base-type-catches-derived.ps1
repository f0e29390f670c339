try { throw [System.ArgumentNullException]::new('p') } catch [System.ArgumentException] { 'base caught' }
