Write-Output `
    'continued'
