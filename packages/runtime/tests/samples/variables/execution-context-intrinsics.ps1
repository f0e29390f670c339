# $ExecutionContext (EngineIntrinsics): provider paths that need not exist, variables by name, ExpandString.
$ExecutionContext.GetType().FullName
$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('not-there.txt') -eq "$PWD/not-there.txt"
$name = 'World'
$ExecutionContext.InvokeCommand.ExpandString('Hello $name, 1+1=$(1+1)')
$ExecutionContext.SessionState.PSVariable.Set('made', 42)
$made
$ExecutionContext.SessionState.PSVariable.GetValue('made')
$ExecutionContext.SessionState.PSVariable.GetValue('nope', 'fallback')
$ExecutionContext.SessionState.LanguageMode
try { $ExecutionContext = 1 } catch { $_.FullyQualifiedErrorId }
