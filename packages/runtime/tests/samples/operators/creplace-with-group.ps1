('CamelCaseString' -creplace '([A-Z])', ' $1').Trim()
