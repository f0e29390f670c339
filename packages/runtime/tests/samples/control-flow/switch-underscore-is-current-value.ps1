switch ('x') { default { "got $_" } }
