$variableDoesNotExist ??= 1
$variableDoesNotExist ??= 2
$variableDoesNotExist
$x = ''
$x ??= 20
"[$x]"
