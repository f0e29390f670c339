'line1 line2' -replace '(?<first>\w+) (?<second>\w+)', '${second} ${first}'
