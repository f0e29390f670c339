'before'
workflow Get-Stuff {
    'inside'
}
Get-Stuff
