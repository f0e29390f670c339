<#
.SYNOPSIS
    Lists recent changes to mailbox delegation (Add-MailboxPermission, Add-RecipientPermission,
    Set-Mailbox -GrantSendOnBehalfTo) from the admin audit log.
.NOTES
    Messages live in a data section so they can be localised; the advanced function shows the
    begin/process/end/clean blocks of PowerShell 7.3 and a dynamic parameter.
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 90)]
    [int]$Days = 14,
    [string[]]$Cmdlets = @('Add-MailboxPermission', 'Remove-MailboxPermission', 'Add-RecipientPermission', 'Set-Mailbox')
)

data Messages {
    ConvertFrom-StringData @'
NoChanges = No delegation changes in the last {0} days.
Found = {0} delegation changes found.
'@
}

function Get-DelegationChange {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        $AuditEntry
    )
    dynamicparam {
        $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $attributes.Add([System.Management.Automation.ParameterAttribute]@{ Mandatory = $false })
        $runtime = [System.Management.Automation.RuntimeDefinedParameter]::new('OnlyUser', [string], $attributes)
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary.Add('OnlyUser', $runtime)
        return $dictionary
    }
    begin {
        [int]$seen = 0
        $onlyUser = $PSBoundParameters['OnlyUser']
    }
    process {
        ++$seen
        $parameters = @{}
        foreach ($p in $AuditEntry.CmdletParameters) { $parameters[$p.Name] = $p.Value }
        $target = $parameters['Identity'] ?? $AuditEntry.ObjectModified
        $trustee = switch -Regex ($AuditEntry.CmdletName) {
            'MailboxPermission$' { $parameters['User']; break }
            'RecipientPermission$' { $parameters['Trustee']; break }
            '^Set-Mailbox$' { $parameters['GrantSendOnBehalfTo']; break }
            default { $null }
        }
        if ($onlyUser -and $trustee -notlike "*$onlyUser*") { return }
        if ($AuditEntry.CmdletName -ceq 'Set-Mailbox' -and -not $parameters.ContainsKey('GrantSendOnBehalfTo')) { return }

        [pscustomobject]@{
            When    = $AuditEntry.RunDate
            By      = ($AuditEntry.Caller -split '@')[0]
            Cmdlet  = $AuditEntry.CmdletName
            Mailbox = $target
            Trustee = $trustee
            Rights  = $parameters['AccessRights'] -join ','
        }
    }
    end {
        Write-Verbose "Examined $seen audit entries"
    }
    clean {
        $parameters = $null
    }
}

Connect-ExchangeOnline -ShowBanner:$false
$entries = Search-AdminAuditLog -Cmdlets $Cmdlets -StartDate (Get-Date).AddDays(-$Days) -EndDate (Get-Date) -ResultSize 5000

$changes, $count = ($entries | Get-DelegationChange), 0
$count = @($changes).Count
if ($count -eq 0) {
    $Messages.NoChanges -f $Days
    return
}

$Messages.Found -f $count
$changes | Sort-Object When -Descending | Format-Table When, By, Cmdlet, Mailbox, Trustee, Rights -AutoSize
$changes | Group-Object By | Sort-Object Count -Descending | Select-Object -First 5 Name, Count
