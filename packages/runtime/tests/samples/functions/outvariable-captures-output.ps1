function f { [CmdletBinding()] param() 'v' }
f -OutVariable ov | Out-Null
$ov
