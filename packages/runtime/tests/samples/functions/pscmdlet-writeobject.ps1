function f { [CmdletBinding()] param() $PSCmdlet.WriteObject('wo') }
f
