function f { [CmdletBinding()] param($a) $a }
f -b 1
'after'
