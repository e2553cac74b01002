# Home: choose the standard and the mode.
home-welcome = Welcome to the review training
home-intro = Read each household, mark the deprived indicators, work out income per person and classify the household. The program scores your answer and explains every step by the rules.
home-standard-heading = Poverty standard
home-standard-provisional = { $name } (provisional — not yet checked against the official text)
home-mode-heading = Mode
home-mode-practice = Practice
home-mode-practice-help = See the result and the explanation after each scenario, and try again.
home-mode-exam = Exam
home-mode-exam-help = Do all the scenarios first; see the results at the end.
home-open-library = Open the scenario library
home-load-errors = Some scenarios could not be read:
home-village-heading = Village simulation: visiting households
home-village-help = Go to each house of the village, ask and look to find the evidence yourself (no ready-made fact sheet), then fill in the review form. The village opens in its own window; the visits are saved in the session in progress.
home-village-open = Open the village simulation
home-village-opening = Opening the village simulation in its own window…
home-village-failed = The village simulation could not be opened: { $reason }
