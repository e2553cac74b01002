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
