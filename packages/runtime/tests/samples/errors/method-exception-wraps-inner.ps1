try { 'abc'.Substring(10) } catch [System.Management.Automation.MethodInvocationException] { $_.Exception.InnerException.GetType().Name }
