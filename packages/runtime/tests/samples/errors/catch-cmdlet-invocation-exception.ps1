# catch [CmdletInvocationException] catches the wrapper; a catch of the innermost exception still matches
# (FindMatchingHandler looks at the wrapper's inner exception's inner exception).
$zero = 0
try { 1 | ForEach-Object { 1 / $zero } } catch [System.Management.Automation.CmdletInvocationException] { 'cmdlet invocation' } catch { 'other' }
try { 1 | ForEach-Object { 1 / $zero } } catch [System.DivideByZeroException] { 'divide by zero' } catch { 'other' }
try { 1 | ForEach-Object { 1 / $zero } } catch [System.Management.Automation.RuntimeException] { 'runtime' } catch { 'other' }
try { 1 / $zero } catch [System.Management.Automation.CmdletInvocationException] { 'cmdlet invocation' } catch { 'not wrapped outside a cmdlet' }
