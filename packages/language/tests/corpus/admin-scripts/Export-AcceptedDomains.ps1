<#
.SYNOPSIS
    Lists the accepted domains and checks their MX, SPF and DMARC records.
#>
[CmdletBinding()]
param(
    [string]$DnsServer = '1.1.1.1',
    [string]$OutFile = 'AcceptedDomains.csv'
)

function Get-TxtRecord {
    param([string]$Name, [string]$Prefix)
    try {
        $records = Resolve-DnsName -Name $Name -Type TXT -Server $DnsServer -ErrorAction Stop
        ($records | Where-Object { $_.Strings -and ($_.Strings -join '') -like "$Prefix*" } | ForEach-Object { $_.Strings -join '' }) -join ' | '
    }
    catch [System.ComponentModel.Win32Exception] {
        'NXDOMAIN'
    }
    catch {
        "error: $($_.Exception.Message)"
    }
}

Connect-ExchangeOnline -ShowBanner:$false
$domains = Get-AcceptedDomain | Sort-Object -Property @{ Expression = 'Default'; Descending = $true }, DomainName

$rows = foreach ($d in $domains) {
    $name = $d.DomainName
    if ($name -like '*.onmicrosoft.com') {
        $mx = 'managed by Microsoft'
    }
    else {
        $mxRecords = Resolve-DnsName -Name $name -Type MX -Server $DnsServer -ErrorAction SilentlyContinue |
            Where-Object Type -EQ 'MX' |
            Sort-Object Preference
        $mx = ($mxRecords | ForEach-Object { "$($_.Preference) $($_.NameExchange)" }) -join ', '
    }

    $spf = Get-TxtRecord -Name $name -Prefix 'v=spf1'
    $dmarc = Get-TxtRecord -Name "_dmarc.$name" -Prefix 'v=DMARC1'

    [pscustomobject]@{
        Domain        = $name
        Type          = $d.DomainType
        Default       = $d.Default
        MX            = $mx
        PointsToEXO   = $mx -match 'mail\.protection\.outlook\.com'
        SPF           = $spf
        SpfIncludesM365 = $spf -match 'include:spf\.protection\.outlook\.com'
        DMARC         = $dmarc
        DmarcPolicy   = if ($dmarc -match 'p=(\w+)') { $Matches[1] } else { 'missing' }
    }
}

$rows | Format-Table Domain, Type, PointsToEXO, SpfIncludesM365, DmarcPolicy -AutoSize
$rows | Export-Csv $OutFile -NoTypeInformation
