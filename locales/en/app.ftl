# The app's top bar, on every screen.
app-title = rasoat — Training for poor and near-poor household reviews
app-short-title = rasoat · Review training
app-nav-home = Home
app-nav-library = Scenario library
app-nav-random = Random practice
app-nav-editor = Write a scenario
app-nav-dashboard = Results summary
app-nav-rubric = How answers are scored
app-language = Language:
app-error-start = The app window could not be opened: { $reason }. The command-line commands (rasoat assess, rasoat check…) still work.

## The system's file dialogs, beside every typed path
dialog-choose-file = Choose a file…
dialog-choose-folder = Choose a folder…
dialog-choose-save = Choose where to save…
dialog-title-file = Choose a file
dialog-title-folder = Choose a folder
dialog-title-save = Save the spreadsheet
dialog-filter-toml = TOML files
dialog-filter-csv = CSV spreadsheets
