function f { [CmdletBinding()] param($Name, $Number) $Name }
f -N x
'after'
