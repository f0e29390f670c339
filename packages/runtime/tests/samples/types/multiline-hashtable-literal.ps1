$h = @{
    Name  = 'n'
    Count = 2
}
$h.Count
$h.Name
