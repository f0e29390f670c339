$env:EXOSH_SAMPLE_ENV = 'ev'
[Environment]::GetEnvironmentVariable('EXOSH_SAMPLE_ENV')
[Environment]::ProcessorCount -gt 0
