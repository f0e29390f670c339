function f { 'called' }
& 'f'
$name = 'f'
& $name
