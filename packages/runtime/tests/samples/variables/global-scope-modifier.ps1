function f { $global:exoshSampleGlobal = 'set' }
f
$exoshSampleGlobal
