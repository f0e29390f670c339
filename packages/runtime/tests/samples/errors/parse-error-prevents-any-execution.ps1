'before'
if ($true) { 'x'
