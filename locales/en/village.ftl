# The village simulation (rasoat village): the map, the visit, the form and the verdict.
village-seed-name = Simulated { $kind } no. { $seed } ({ $terrain })
village-kind-thon = village
village-kind-ban = hamlet
village-kind-to-dan-pho = residential group
village-terrain-mountain = mountains
village-terrain-midland = midlands
village-terrain-delta = delta
village-terrain-coastal = coast
village-terrain-urban = town
village-window-title = rasoat — Village simulation
village-standard = Standard: { $standard }
village-mode-practice = Practice
village-mode-exam = Exam
village-fit = Whole village
village-rubric = How visits are scored
village-language = Tiếng Việt
village-quit = Quit
village-keys-map = Keys: left and right arrows (or N, P) choose a house · Enter go in · W A S D move the map · + and - zoom · Tab moves through the buttons
village-keys-visit = Keys: Tab moves through the questions, Enter asks · Esc leaves the house (the visit is kept: come back any time)
village-keys-campaign = Keys: Tab moves through the choices and buttons, Space ticks, Enter presses a button · Esc goes back to the map (each decision is saved at once)
village-save-failed = The results could not be saved: { $reason }
village-not-recorded = The results are not being saved: no trainee's name on this computer. Open the rasoat app, enter the trainee's name, then open the village from the home screen.
village-houses = Households of the village
village-houses-count = { $count ->
        [one] 1 household
       *[other] { $count } households
    }
village-house = { $number }. { $name } — { $status }
village-status-new = not visited
village-status-started = visit started
village-status-done = form handed in { $points }
village-resume = Continue the visit to { $name }
village-enter = Go into the chosen house
village-visit-title = Visiting { $name }
village-time = Visit time: { $used }/{ $budget } minutes used, { $left } left
village-to-verify = Still to verify: { $count ->
        [one] 1 item
       *[other] { $count } items
    } of the form
village-refused-time = Not enough time left for this.
village-refused-taken = You have asked this already.
village-refused-unknown = There is no such question.
village-open-form = Fill in the review form
village-leave = Leave the house
village-kind-ask = ask
village-kind-look = look
village-action = { $action } ({ $minutes } min)
village-notebook = Notebook
village-notebook-empty = Nothing noted yet. Choose a question or a look above.
village-form-title = Review form — household of { $name }
village-form-note = Fill it in from what you asked and saw. Each item shows which question or look it rests on.
village-form-source = Evidence: { $sources }
village-form-no-source = No evidence yet
village-form-submit = Hand in the form
village-form-back = Back to asking
village-verdict-score = Visit score: { $points }/{ $max }
village-verdict-breakdown = Form { $grade } points, less { $penalty } for evidence and time.
village-verdict-class = Your class: { $yours }. Correct: { $correct }.
village-visit-again = Visit this household again
village-evidence = The evidence of each item
village-unneeded = { $count ->
        [one] A question about an indicator this standard does not have
       *[other] Questions about indicators this standard does not have
    }: { $list }.
village-out-of-time = The visit time ran out: points are taken off.
village-missed = You should also have asked or looked: { $list }.
village-rubric-base = The form (out of 100) is scored as in the app: class 40, indicators 40, income 20.
village-rubric-unsupported = Each item right but without evidence (the facts that decide it were not asked or seen): { $points ->
    [one] 1 point
   *[other] { $points } points
  } off.
village-rubric-unneeded = Each question or look about an indicator the standard in use does not have (sickness and health care under 2022–2025, say; the means of access to information under 2026–2030): { $points ->
    [one] 1 point
   *[other] { $points } points
  } off. A question about an indicator of the standard never costs points, even when nobody in the household is concerned (nutrition in a home without children): Phiếu B records every item for every household. The visit time is limited, so ask to the point.
village-rubric-time = Running out of visit time: { $points ->
    [one] 1 point
   *[other] { $points } points
  } off.
village-rubric-budget = Visit time: { $practice } minutes in practice, { $exam } minutes in an exam. Each question and look takes some minutes.
village-rubric-needs = What must be known follows from the standard's rules, not written in advance for each household: one deprived member is enough to show an indicator deprived; to show it is not, every member it applies to must be checked (every card of members aged 6 and over, say).
village-rubric-pivotal = The pivotal fact: the missed fact without which the household would be classed differently.
village-rubric-counter = In practice, "still to verify" counts the items of the form that lack the facts to decide them; in an exam it is hidden.
village-rubric-materials = Whether a structure is durable follows from its material, by the material table.
village-back-map = Back
