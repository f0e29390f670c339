(1..6).Where({ $_ -lt 4 }, 'Last')
