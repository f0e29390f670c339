<#
.SYNOPSIS
    Unattended (app-only) connection to Exchange Online with a certificate, then a tenant summary.
.DESCRIPTION
    The application registration must have the Exchange.ManageAsApp permission and an Exchange
    role. The certificate is looked up in the current user's store by thumbprint, or loaded from a
    PFX file when -CertificatePath is given.
#>
[CmdletBinding(DefaultParameterSetName = 'Thumbprint')]
param(
    [Parameter(Mandatory)]
    [guid]$AppId,

    [Parameter(Mandatory)]
    [ValidatePattern('\.onmicrosoft\.com$')]
    [string]$Organization,

    [Parameter(Mandatory, ParameterSetName = 'Thumbprint')]
    [ValidateLength(40, 40)]
    [string]$CertificateThumbprint,

    [Parameter(Mandatory, ParameterSetName = 'File')]
    [string]$CertificatePath,

    [Parameter(ParameterSetName = 'File')]
    [securestring]$CertificatePassword
)

$connectParams = @{
    AppId        = $AppId.ToString()
    Organization = $Organization
    ShowBanner   = $false
}

switch ($PSCmdlet.ParameterSetName) {
    'Thumbprint' {
        $cert = Get-ChildItem -Path Cert:\CurrentUser\My | Where-Object Thumbprint -EQ $CertificateThumbprint
        if (-not $cert) {
            Write-Error "Certificate $CertificateThumbprint is not in Cert:\CurrentUser\My" -ErrorAction Stop
        }
        if ($cert.NotAfter -lt (Get-Date).AddDays(30)) {
            Write-Warning ("Certificate expires on {0:d}" -f $cert.NotAfter)
        }
        $connectParams['CertificateThumbprint'] = $CertificateThumbprint
    }
    'File' {
        $connectParams.CertificateFilePath = (Resolve-Path $CertificatePath).Path
        if ($CertificatePassword) { $connectParams.CertificatePassword = $CertificatePassword }
    }
}

try {
    Connect-ExchangeOnline @connectParams -ErrorAction Stop
    $info = Get-ConnectionInformation | Select-Object -First 1
    Write-Host "Connected to $($info.TenantID) as app $($info.AppId) ($($info.ConnectionUri))" -ForegroundColor Green

    $org = Get-OrganizationConfig
    $domains = Get-AcceptedDomain
    [pscustomobject]@{
        Organization   = $org.DisplayName
        DefaultDomain  = ($domains | Where-Object Default).DomainName
        Domains        = $domains.Count
        Mailboxes      = (Get-EXOMailbox -ResultSize Unlimited | Measure-Object).Count
        ModernAuth     = $org.OAuth2ClientProfileEnabled
    } | Format-List
}
catch [System.UnauthorizedAccessException] {
    Write-Host 'The application is not authorised: check Exchange.ManageAsApp and the role assignment.' -ForegroundColor Red
    exit 2
}
catch {
    Write-Host "Connection failed: $($_.Exception.Message)" -ForegroundColor Red
    exit 1
}
finally {
    if (Get-ConnectionInformation) {
        Disconnect-ExchangeOnline -Confirm:$false
    }
}
