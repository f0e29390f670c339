function f { [CmdletBinding(PositionalBinding = $false)] param($a) $a }
f x
'after'
