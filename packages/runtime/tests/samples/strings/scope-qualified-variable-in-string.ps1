$script:sv = 'scoped'
"value: $script:sv"
