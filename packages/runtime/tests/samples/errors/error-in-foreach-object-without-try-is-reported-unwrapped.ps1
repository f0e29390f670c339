# Without try (and with the default preference) the script block's statement reports its own error and goes on:
# nothing leaves ForEach-Object, so nothing is wrapped.
1 | ForEach-Object { [int]::Parse('x'); 'next statement' }
'after'
