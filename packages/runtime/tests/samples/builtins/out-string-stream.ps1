1,2 | Out-String -Stream
