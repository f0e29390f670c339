function f { [CmdletBinding()] param($x) $x }
$PSDefaultParameterValues['f:x'] = 'dflt'
f
f -x given
