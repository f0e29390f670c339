# pwsh's compiler sets $? to True once a condition that runs a command is evaluated: a failed command in an if or
# while condition does not leave $? False behind (inside the condition, $? still sees the failure).
if (Write-Error 'x' -ErrorAction SilentlyContinue) { 'if' } else { $? }
if ((Write-Error 'x' -ErrorAction SilentlyContinue) -or $?) { 'if' } else { 'else' }
$i = 0
while ((Write-Error 'w' -ErrorAction SilentlyContinue) -or $i -lt 1) { $i++ }
$?
if ('Hello' && Write-Error 'Bad' -ErrorAction Ignore) { $?; 1 }
