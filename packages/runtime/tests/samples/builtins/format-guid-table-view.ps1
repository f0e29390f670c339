# System.Guid's view is a one-column table of its Guid script property (types.ps1xml).
[guid]'d1c6c9b5-0f0c-4b5e-9e0e-0a1b2c3d4e5f' | Out-String -Stream
([guid]'d1c6c9b5-0f0c-4b5e-9e0e-0a1b2c3d4e5f').Guid
