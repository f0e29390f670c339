# Shared mailbox report: size, members with Full Access, and whether the account can sign in.
# Usage: .\Get-SharedMailboxReport.ps1 [-ExportToCsv]

param([switch]$ExportToCsv)

Write-Host 'Connecting to Exchange Online...' -ForegroundColor Cyan
Connect-ExchangeOnline -ShowBanner:$false

$shared = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited -Properties AccountDisabled, WhenCreated, ForwardingSmtpAddress
if ($shared.Count -eq 0) {
    Write-Host 'There are no shared mailboxes.'
    return
}

$output = @()
$counter = 1
foreach ($sm in $shared) {
    Write-Progress -Activity 'Shared mailboxes' -Status $sm.DisplayName -PercentComplete ($counter / $shared.Count * 100)
    $counter++

    $size = (Get-EXOMailboxStatistics -Identity $sm.UserPrincipalName).TotalItemSize.Value
    $members = Get-EXOMailboxPermission -Identity $sm.UserPrincipalName |
        Where-Object { $_.AccessRights -contains 'FullAccess' -and $_.User -like '*@*' } |
        Select-Object -ExpandProperty User

    $row = [ordered]@{
        'Display Name'    = $sm.DisplayName
        'Email'           = $sm.PrimarySmtpAddress
        'Size'            = "$size"
        'Full Access'     = $members -join '; '
        'Member Count'    = @($members).Count
        'Sign-in Blocked' = $sm.AccountDisabled
        'Forwarding'      = $sm.ForwardingSmtpAddress
        'Created'         = $sm.WhenCreated.ToString('d')
    }
    $output += New-Object -TypeName PSObject -Property $row
}

$noMembers = ($output | Where-Object { $_.'Member Count' -eq 0 }).Count
$canSignIn = ($output | Where-Object { -not $_.'Sign-in Blocked' }).Count

if ($ExportToCsv) {
    $file = '.\SharedMailboxes_' + (Get-Date).ToString('yyyyMMdd') + '.csv'
    $output | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
    Write-Host "`nReport saved to $file" -ForegroundColor Green
}
else {
    $output | Out-GridView -Title 'Shared mailboxes'
}

Write-Host "`nShared mailboxes: $($output.Count)"
Write-Host "Without Full Access members: $noMembers" -ForegroundColor $(if ($noMembers) { 'Yellow' } else { 'Green' })
Write-Host "Sign-in not blocked: $canSignIn" -ForegroundColor $(if ($canSignIn -gt 0) { 'Red' } else { 'Green' })
