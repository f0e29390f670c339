$r1 = ${nonExistent}?.name
$r2 = ${nonExistent}?.MyMethod()
$r3 = ${nonExistent}?.nonExistent?.nonExistent
$null -eq $r1
$null -eq $r2
$null -eq $r3
