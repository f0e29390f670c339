function f { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('target')) { 'did it' } }
f
f -WhatIf
f -Confirm:$false
