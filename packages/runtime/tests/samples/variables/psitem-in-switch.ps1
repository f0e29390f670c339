switch (1, 2) { { $PSItem -gt 1 } { "big $PSItem" } default { "small $_" } }
