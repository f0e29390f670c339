[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
