[PSCustomObject]@{
    User    = 'u1'
    Enabled = $true
    Size    = 1.5
}
