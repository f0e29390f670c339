<#
.SYNOPSIS
    Exports mail contacts and mail users together, removing duplicates by external address.
#>
param(
    [string]$Path = ".\Contacts.csv",
    [string]$Domain,
    [switch]$Interactive
)

Connect-ExchangeOnline -ShowBanner:$false

$contacts = Get-MailContact -ResultSize Unlimited | Select-Object DisplayName, @{N = 'External'; E = { $_.ExternalEmailAddress -replace '^SMTP:', '' } }, @{N = 'Kind'; E = { 'MailContact' } }, HiddenFromAddressListsEnabled
$mailUsers = Get-MailUser -ResultSize Unlimited | Select-Object DisplayName, @{N = 'External'; E = { "$($_.ExternalEmailAddress)".Replace('SMTP:', '') } }, @{N = 'Kind'; E = { 'MailUser' } }, HiddenFromAddressListsEnabled

$all = @($contacts) + @($mailUsers)
Write-Host ('{0} contacts, {1} mail users' -f @($contacts).Count, @($mailUsers).Count)

$duplicates = $all | Group-Object { $_.External.ToLowerInvariant() } | Where-Object Count -GT 1
foreach ($dup in $duplicates) {
    Write-Warning ("{0} is used by: {1}" -f $dup.Name, (($dup.Group | ForEach-Object DisplayName) -join '; '))
}

$unique = $all | Sort-Object External -Unique
if ($Domain) {
    # Keep only the contacts of one external domain, e.g. a partner company
    $unique = $unique | Where-Object { $_.External -like "*@$Domain" }
    Write-Host "$(@($unique).Count) contacts at $Domain"
}
$hidden = ($unique | Where-Object HiddenFromAddressListsEnabled).Count

if ($Interactive) {
    $selected = $unique | Out-GridView -Title 'Select contacts to export' -PassThru
    if (-not $selected) {
        Write-Host 'Nothing selected.'
        return
    }
    $unique = $selected
}

$unique | Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8
Write-Host "$(@($unique).Count) unique external addresses exported to $Path ($hidden hidden from address lists)."
