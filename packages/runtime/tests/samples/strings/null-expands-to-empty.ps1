"[$null]"
