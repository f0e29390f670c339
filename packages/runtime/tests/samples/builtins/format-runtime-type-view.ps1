# A type object uses System.RuntimeType's table view: IsPublic, IsSerial, Name (40 wide), BaseType.
[int] | Out-String -Stream | ForEach-Object { "[$_]" }
