<#
.SYNOPSIS
    Finds inbox rules and mailbox settings that forward mail outside the organisation.
#>
[CmdletBinding()]
param(
    [string]$OutputFile = ".\ExternalForwarding.csv"
)

Connect-ExchangeOnline -ShowBanner:$false

$internalDomains = (Get-AcceptedDomain).DomainName
Write-Verbose "Internal domains: $($internalDomains -join ', ')"

function Test-External {
    param([string]$Address)
    if ([string]::IsNullOrWhiteSpace($Address)) { return $false }
    # Inbox rule targets look like: "John Smith" [SMTP:john@fabrikam.com]
    if ($Address -match 'SMTP:(?<smtp>[^\]]+)') { $Address = $Matches['smtp'] }
    $Address = $Address -replace '^smtp:', ''
    $domain = ($Address -split '@')[-1].Trim()
    return $internalDomains -notcontains $domain
}

$findings = [System.Collections.Generic.List[pscustomobject]]::new()
$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress, ForwardingAddress, DeliverToMailboxAndForward

foreach ($mb in $mailboxes) {
    if (Test-External $mb.ForwardingSmtpAddress) {
        $findings.Add([pscustomobject]@{
                Mailbox = $mb.UserPrincipalName
                Source  = 'Mailbox forwarding'
                Rule    = ''
                Target  = $mb.ForwardingSmtpAddress
                KeepCopy = $mb.DeliverToMailboxAndForward
            })
    }

    $rules = Get-InboxRule -Mailbox $mb.UserPrincipalName -ErrorAction SilentlyContinue
    foreach ($rule in $rules | Where-Object { $_.Enabled }) {
        $targets = @($rule.ForwardTo) + @($rule.ForwardAsAttachmentTo) + @($rule.RedirectTo) | Where-Object { $_ }
        foreach ($t in $targets) {
            if (Test-External -Address $t) {
                $findings.Add([pscustomobject]@{
                        Mailbox  = $mb.UserPrincipalName
                        Source   = 'Inbox rule'
                        Rule     = $rule.Name
                        Target   = $t
                        KeepCopy = -not $rule.DeleteMessage
                    })
            }
        }
    }
}

if ($findings.Count) {
    $findings | Export-Csv -Path $OutputFile -NoTypeInformation
    Write-Host "$($findings.Count) external forwarding findings written to $OutputFile" -ForegroundColor Red
    $findings | Group-Object Source -NoElement | Format-Table Count, Name
}
else {
    Write-Host 'No external forwarding found.' -ForegroundColor Green
}
