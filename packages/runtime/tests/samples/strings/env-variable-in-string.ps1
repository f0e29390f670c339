$env:EXOSH_SAMPLE_STR = 'envval'
"e=$env:EXOSH_SAMPLE_STR"
