# The village: the review procedure panel (village/src/campaign.rs).

camp-open = Review procedure
camp-heading = The review procedure in the village
camp-intro = Run the review as commune and village officials do: list, survey, village meeting, posting and re-checks, report and recognition. Each decision is judged with its source.
camp-choose = Choose the kind of review:
camp-unavailable = No household of this village fits this kind of review.
camp-no-rules = This procedure is not in our sources for the standard in use, so it is not practised here.
camp-first-year = { $year } is this standard's first year: only the periodic review at the end of the year (lists for { $next }) applies it; the year's other reviews still apply the previous standard, so they are not practised here
camp-start = Start
camp-title = Review procedure — { $kind }
camp-today = Today: { $day }
camp-deadline = Recognition due by: { $day }
camp-deadline-from = { $from ->
    [request_received] The time runs from the day the household's request was received: { $day }
   *[review_start] The time runs from the start of the review: { $day }
  }
camp-step-current = { $step } (now)
camp-feedback = Feedback on the latest decisions
camp-no-request = no request
camp-household = { $name } — before the review: { $status }; { $request }
camp-list-intro = Tick the households that must be put on the review list.
camp-phieu-a = Requesting households are screened with Phiếu A before the survey; its items are not in our sources, so the program does not teach this step.
camp-list-done = Close the list
camp-survey-intro = Visit each listed household, ask, look and fill in the form. The class on the form is the proposal put to the village meeting.
camp-survey-intro-no-meeting = Visit each listed household, ask, look and fill in the form. No village meeting: the class on the form goes to posting.
camp-survey-left = { $count ->
    [one] 1 household still to survey
   *[other] { $count } households still to survey
  }
camp-visit = Visit household { $name }
camp-proposed = Household { $name }: proposed { $class }
camp-meeting-intro = Prepare the village meeting at the cultural house to agree the review's results. Before it opens, visiting a household again and handing in a new form replaces its proposal.
camp-chair = Who chairs the meeting?
camp-invite = Whom do you invite?
camp-meeting-open = Open the meeting
camp-meeting-held = Village meeting on { $day }: { $attendees } people attending, representing { $households } households.
camp-present = Present household { $name }'s result: { $class }
camp-vote = Vote on household { $name } (proposed: { $class }): { $agree } of { $attendees } people attending agree; { $agree_households } of { $households } households represented agree.
camp-basis = Count the share of agreement:
camp-conclusion = Conclusion:
camp-conclude-yes = Accepted
camp-conclude-no = Not accepted: survey again and meet again
camp-conclude = Record the conclusion
camp-concluded = Household { $name } ({ $class }): { $accepted ->
    [yes] accepted
   *[no] not accepted, to survey again
  }
camp-minutes = Minutes of the meeting
camp-copies = Copies of the minutes:
camp-signers = Signed by:
camp-minutes-done = Complete the minutes
camp-posting-intro = Post the review's results publicly.
camp-places = Where do you post them?
camp-days = For how many working days?
camp-post = Post
camp-posted = Posted from { $day } for { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    } at: { $places }.
camp-complaints = Complaints during the posting:
camp-no-complaints = No complaints.
camp-complaint = { $day }: { $text }
camp-recheck = Re-check: visit household { $name } again
camp-rechecked = Household { $name } re-checked: { $class }
camp-end-posting = End the posting
camp-report-intro = Report the results before recognition.
camp-consult = Whose opinion do you ask?
camp-consult-nobody = Ask no higher level
camp-report = Send the report
camp-recognition-intro = The recognition decision: put each household on its lists (a household may be on two, e.g. escaped poverty and near-poor).
camp-decider = Who signs the recognition decision?
camp-household-lists = Household { $name } — before the review: { $status }; agreed result: { $class }
camp-written = A written answer with reasons to households that do not qualify
camp-decide = Sign the decision
camp-score = Decisions right: { $right } of { $judged }
camp-final-lists = Lists after the review (as you decided)
camp-list-heading = { $list } ({ $count ->
    [one] 1 household
   *[other] { $count } households
  }): { $names }
camp-list-engine = Right from every fact ({ $count ->
    [one] 1 household
   *[other] { $count } households
  }): { $names }
camp-certificate = Certificate of poor or near-poor household ({ $certificate }) for: { $names }
camp-changes = Each household's change
camp-change = Household { $name }: { $change }.
camp-debrief = Each decision judged
camp-new = Run this review again
camp-refused-not-surveyed = Households still to survey: { $names }.
camp-refused-unconcluded = Some households are not yet voted on or concluded.
camp-refused-no-rule = The standard file has no rule for the step: { $step }.
camp-refused-other = This cannot be done at this step.
camp-choose-other = Choose another kind of review
camp-back-to-current = Back to the review in progress
camp-refused-out-of-range = This number of days cannot be used.
