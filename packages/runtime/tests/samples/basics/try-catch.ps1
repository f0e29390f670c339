try { throw "boom" } catch { "caught: $_" } finally { "fin" }
try { Get-Nope } catch [System.Management.Automation.CommandNotFoundException] { "cnf: " + $_.FullyQualifiedErrorId }
