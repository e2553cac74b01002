# Shared by every screen and the command line.
language-name = English
common-app-name = rasoat — training for poor and near-poor household reviews
common-thousands-separator = ,
common-decimal-mark = .
common-money = { $amount } VND
common-list = { $init } and { $last }
common-list-or = { $init } or { $last }
common-bullet = • { $text }
common-member = { $name } (age { $age })
common-years-months = { $months ->
        [0] { $years } years
       *[other] { $years } years { $months } months
    }
common-provisional-mark = not yet checked against the official text
common-source-c = Source: { $source }
common-source-s = Source: { $source } — from secondary sources
common-source-p = Source: { $source } — not yet checked against the official text
common-with-source = { $text } ({ $source }).
common-with-provisional-mark = { $text } (not yet checked against the official text).
common-with-secondary-mark = { $text } (from secondary sources).
common-working-name = { $name } (working name)
common-yes = Yes
common-no = No

# Errors in a file: file name, line, column, field.
error-located = { $file }:{ $line }:{ $column }: { $problem }
error-located-field = { $file }:{ $line }:{ $column }: field “{ $field }”: { $problem }
error-syntax-at = the file is not valid TOML at “{ $found }” ({ $detail })
error-syntax = the file is not valid TOML ({ $detail })
error-unknown-key = the key “{ $key }” is not part of the format (a typo?). Valid keys: { $allowed }
error-unknown-value = “{ $value }” is not a valid value. Allowed values: { $allowed }
error-missing-field = the required field “{ $field }” is missing
error-wrong-type = wrong kind of value ({ $detail })
error-wrong-kind = { $expected } wanted, but the file has { $found }
kind-text = text in quotes
kind-whole = a whole number
kind-decimal = a decimal number
kind-yes-no = true or false
kind-date = a date
kind-table = a table
kind-list = a list in square brackets
error-negative = { $value } is negative; it must be a whole number of 0 or more
error-out-of-range = the value { $value } is outside the allowed range ({ $min }–{ $max })
error-not-positive = the value { $value } must be greater than 0
error-no-members = a household needs at least one member ([[household.members]])
error-empty = must not be empty
error-monthly-xor-annual = each income source needs exactly one of monthly_vnd (per month) or annual_vnd (per year)
error-unsupported-format = format version { $found } is not supported; this program reads files with format = 1
error-unknown-standard = there is no standard “{ $id }”. Known standards: { $known }
error-duplicate = “{ $what }” appears twice
error-duplicate-in = “{ $what }” appears twice (already in { $other })
error-unsafe-id = the id “{ $value }” is not allowed: use only unaccented lowercase letters a–z, digits and hyphens (-), starting and ending with a letter or a digit, at most 80 characters
error-material-disagrees = by the standard's material table, a { $structure } of { $material } is { $table }, but the file says { $stated }
error-material-not-for-structure = the standard's material table has no { $material } for a { $structure }
structure-wall = wall
structure-frame = frame (columns)
structure-roof = roof
error-unknown-scenario = there is no scenario “{ $id }” in the library (the trainers' folder included)
error-not-cited = no rule of the procedure cites “{ $text }”, so this date would apply to none; write the text’s name as the citations do
error-escape-not-on-list = a household on neither list cannot ask to be recognised as having escaped (Mẫu số 04)
