try { Get-Nope } catch { $_.Exception.Message.StartsWith("The term 'Get-Nope' is not recognized as a name of a cmdlet, function, script file, or executable program.") }
