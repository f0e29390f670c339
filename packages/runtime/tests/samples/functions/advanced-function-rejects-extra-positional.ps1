function f { [CmdletBinding()] param($a) $a }
f 1 2
'after'
