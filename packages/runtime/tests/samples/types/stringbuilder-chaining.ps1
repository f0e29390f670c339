[System.Text.StringBuilder]::new().Append('a').Append('b').ToString()
