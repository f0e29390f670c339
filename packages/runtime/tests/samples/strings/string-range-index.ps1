'hello'[0..1] -join ''
