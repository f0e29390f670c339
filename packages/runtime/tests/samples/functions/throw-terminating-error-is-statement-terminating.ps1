function f {
    [CmdletBinding()] param()
    $er = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('m'), 'MyId', 'InvalidOperation', $null)
    $PSCmdlet.ThrowTerminatingError($er)
    'not here'
}
f
'after'
