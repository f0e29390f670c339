if ($false && $true) { "Hi" }
