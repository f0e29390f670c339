function f { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError([System.Management.Automation.ErrorRecord]::new([ArgumentException]::new('bad'), 'BadThing', 'InvalidArgument', 'tgt')) }
try { f } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name; $_.CategoryInfo.Category; $_.TargetObject }
