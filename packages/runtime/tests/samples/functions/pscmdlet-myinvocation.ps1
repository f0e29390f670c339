function f { [CmdletBinding()] param() $PSCmdlet.MyInvocation.MyCommand.Name }
f
