try { throw 'x' } catch [System.ArgumentException] { 'arg' } catch [System.Management.Automation.RuntimeException] { 'rte' }
