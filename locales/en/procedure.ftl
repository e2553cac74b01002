# The review procedure: names of roles, steps and lists, and the words on each decision (core/src/procedure_words.rs).

proc-role-village_head = village head
proc-role-commune_chairman = commune People's Committee chairman
proc-role-district_chairman = district People's Committee chairman
proc-role-commune_steering_committee = commune review steering committee
proc-role-poverty_official = commune poverty-reduction official
proc-role-party_cell_secretary = village party-cell secretary
proc-role-mass_organisations = mass organisations
proc-role-reviewers = reviewers
proc-role-household_representatives = household representatives
proc-role-fatherland_front = commune Vietnam Fatherland Front representative
proc-role-chair = the chair
proc-role-secretary = the meeting's secretary

proc-place-cultural_house = Village cultural house
proc-place-commune_office = Commune People's Committee office

proc-step-list = List the households to review
proc-step-survey = Survey and classify
proc-step-meeting = Village meeting to agree the results
proc-step-posting = Public posting and re-checks
proc-step-report = Report to, and ask the opinion of, the district chairman
proc-step-recognition = Recognition of the lists and certificates

proc-list-poor = List of poor households
proc-list-near_poor = List of near-poor households
proc-list-escaped_poverty = List of households that escaped poverty
proc-list-escaped_near_poverty = List of households that escaped near-poverty
proc-list-average_living_standard = List of households of average living standard
proc-lists-none = on no list

proc-status-poor = poor
proc-status-near_poor = near-poor
proc-status-none = on neither list

proc-request-review = Request to be reviewed as poor or near-poor
proc-request-escape = Request to be recognised as having escaped poverty or near-poverty
proc-request-average_farming = Request to be recognised as of average living standard

proc-change-stays_poor = stays poor
proc-change-stays_near_poor = stays near-poor
proc-change-new_poor = newly poor (on neither list before)
proc-change-new_near_poor = newly near-poor (on neither list before)
proc-change-fell_into_poverty = from near-poor to poor
proc-change-escaped_poverty_to_near_poor = escaped poverty, now near-poor
proc-change-escaped_poverty = escaped poverty (poor before)
proc-change-escaped_near_poverty = escaped near-poverty (near-poor before)
proc-change-stays_off = still on neither list

proc-kind-periodic = Periodic annual review
proc-kind-regular = Regular review during the year
proc-kind-regular-newly = Review of households newly poor or near-poor during the year
proc-kind-average_farming = Farming households of average living standard

proc-form-mau_01 = Mẫu số 01
proc-form-mau_04 = Mẫu số 04
proc-form-phu_luc_1a = Phụ lục 1a

proc-complaint-neighbour_income = A neighbour reports that household { $name } has income it did not declare.
proc-complaint-household_disputes = Household { $name } disputes its classification.

proc-over-attendees = over all the people attending
proc-over-households = over the households represented

proc-outcome-right = Right
proc-outcome-wrong = Wrong
proc-outcome-not_judged = Not scored
proc-judged-line = { $outcome }: { $text }

proc-weekday-1 = Monday
proc-weekday-2 = Tuesday
proc-weekday-3 = Wednesday
proc-weekday-4 = Thursday
proc-weekday-5 = Friday
proc-weekday-6 = Saturday
proc-weekday-7 = Sunday
proc-day = { $weekday } { $day }/{ $month }/{ $year }
proc-percent = { $whole }.{ $tenth } %

proc-why-poor = is poor
proc-why-near_poor = is near-poor
proc-why-request = filed a request
proc-check-listed = { $listed ->
    [yes] Household { $name } was put on the review list
   *[no] Household { $name } was not put on the review list
  }; { $should ->
    [yes] the household { $why }, so it must be reviewed.
   *[no] it is on neither list and filed no request, so it is not reviewed.
  }
proc-check-chair = Chair of the meeting: { $chosen }; the rule: the { $rule } chairs.
proc-check-fatherland-front = The commune Fatherland Front representative { $invited ->
    [yes] was invited
   *[no] was not invited
  } to supervise; { $required ->
    [yes] the rule requires the invitation.
   *[no] this standard's rule does not mention it.
  }
proc-check-invited-ok = Everyone who takes part was invited.
proc-check-invited-missing = Not invited: { $missing }.
proc-check-share-basis = Household { $name }: the share was counted { $chosen }; the rule counts it { $rule }.
proc-check-conclusion = Household { $name }: { $agree } of { $attendees } people attending agreed ({ $percent }); { $accepted ->
    [yes] concluded: accepted
   *[no] concluded: not accepted, survey again and meet again
  }. { $rule }
proc-rule-percent = The rule: accepted when at least { $min } % of all the people attending agree; below that, survey again and meet again.
proc-rule-unified = The rule: a unified opinion; the sources read give no percentage, so this is not scored.
proc-check-minutes-copies = Minutes made in { $copies ->
    [one] 1 copy
   *[other] { $copies } copies
  }; the rule: { $rule }.
proc-check-minutes-signers-ok = The minutes carry every signature.
proc-check-minutes-signers-missing = The minutes lack the signature of: { $missing }.
proc-check-minutes-signers-unknown = Who signs the minutes is not in our sources; not scored.
proc-check-posting-places-ok = Posted at every place.
proc-check-posting-places-missing = Not posted at: { $missing }.
proc-check-posting-places-unknown = Where results are posted is not in our sources; not scored.
proc-check-posting-days = Posted for { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }; the rule: { $rule } working days.
proc-check-posting-days-unknown = Posted for { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }; the posting time is not in our sources, not scored.
proc-check-recheck = Re-check of household { $name }: agreed before as { $earlier }, re-checked as { $now }; from every fact it is { $truth }.
proc-check-recheck-time = Household { $name } re-checked on { $day }; due by { $deadline }.
proc-check-complaint-ignored = The complaint about household { $name } was not re-checked when the posting ended.
proc-check-consulted = { $chosen }; { $should }
proc-consulted-someone = Asked the opinion of the { $role }
proc-consulted-nobody = Asked no higher level
proc-should-consult = the rule: report to, and ask the opinion of, the { $role }.
proc-should-district-gone = after { $until } local government has two levels, with no district to ask; our sources do not say whom to ask now, so this is not scored.
proc-check-decided-by = Decided by: { $chosen }; the rule: the { $rule }.
proc-check-lists = Household { $name }: written on { $chosen }; it belongs on { $should }.
proc-check-class = Household { $name }: recognised as { $accepted }; from every fact it is { $truth }.
proc-not-agreed = no agreed result
proc-check-deadline = Decided on { $decided }; due by { $deadline }.
proc-check-refusal = { $written ->
    [yes] A written answer with reasons went to the households that do not qualify: { $names }.
   *[no] No written answer went to the households that do not qualify: { $names }.
  }

# rasoat standards --procedure ID
proc-title = Review procedure — { $standard }
proc-borrowed = This standard's procedure is not issued or not checked: the procedure of { $from } is used; every part is not yet checked against the official text.
proc-steps-title = Steps of the periodic review:
proc-step-line = { $n }. { $step }
proc-list-rule = Listing: { $who }.{ $screening ->
    [yes] { " " }Requesting households are screened first with Phiếu A; its items are not in our sources and are not taught.
   *[no] {""}
  }
proc-listed-on_list = households on the current poor or near-poor list
proc-listed-requested = households that filed a request to be reviewed
proc-meeting-rule = Village meeting: the { $chair } chairs; taking part: { $attendees }.
proc-meeting-ff = The commune Vietnam Fatherland Front representative is invited to supervise.
proc-meeting-no-ff = The sources read on this procedure do not mention inviting the Fatherland Front to supervise.
proc-minutes-rule = Minutes: { $copies } copies; { $signers ->
    [none] who signs is not in our sources.
   *[other] signed by: { $signers }.
  }
proc-posting-rule = Posting: { $places }.
proc-posting-unknown = Posting: where is not in our sources.
proc-posting-duration = Posting time: { $days } { $count ->
    [working] working days
   *[calendar] days
  }; complaints are re-checked.
proc-posting-duration-unknown = The posting time is not in our sources; complaints are re-checked.
proc-report-rule = Report: ask the opinion of the { $role } before recognition.
proc-district-rule = The district level lasted to the end of { $day }/{ $month }/{ $year }; after that local government has two levels, with no district to ask.
proc-recognition-rule = Recognition: the { $by } decides the lists of poor, near-poor, escaped-poverty and escaped-near-poverty households and issues the certificate ({ $certificate }) to poor and near-poor households.
proc-regular-rule = { $kind }: the household files { $forms }; decision within { $days } { $count ->
    [working] working days
   *[calendar] days (Saturdays and Sundays count)
  } { $from ->
    [request_received] of receiving the household's request
   *[review_start] of the review's start
  }.{ $refusal ->
    [yes] { " " }A household that does not qualify gets a written answer with reasons.
   *[no] {""}
  }
proc-farming-rule = Farming, forestry, fishery and salt households of average living standard: on the household's request; income of the 12 months before the review, without state social allowances; posted at the { $places } for { $days } working days; on complaint, re-checked within { $recheck } working days; the { $by } decides.
proc-none = This standard's file has no review procedure.
proc-reporting-rule = Reporting: on day { $day } of each month from { $from ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
    [12] December
   *[other] month { $from }
  } to { $to ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
    [12] December
   *[other] month { $to }
  } the commune People's Committee chairman reports the regular review's results to the level above (the district, while there was one); the periodic review's preliminary results go to the ministry before { $pre_day }/{ $pre_month }, the official results before { $off_day }/{ $off_month }
proc-regular-no-report = Regular review: the program goes straight from posting to recognition, without the report to and consultation of the district; our sources disagree on whether that step applies
proc-regular-no-meeting = No village meeting: the summary read names none for households newly in difficulty during the year.
proc-amended = { $text } took effect on { $day }/{ $month }/{ $year }: the rules under it apply to reviews from that day
proc-amended-before = Reviews before { $day }/{ $month }/{ $year } followed the text as first issued, before it was amended

# Short names of each kind of decision (the trainer's report).
proc-key-listed = Review list
proc-key-chair = Chair of the meeting
proc-key-fatherland_front = Fatherland Front invited to supervise
proc-key-invited = Who takes part in the meeting
proc-key-share_basis = Base of the agreement share
proc-key-conclusion = Conclusion of the vote
proc-key-minutes_copies = Copies of the minutes
proc-key-minutes_signers = Signatures on the minutes
proc-key-posting_places = Where results are posted
proc-key-posting_days = Posting time
proc-key-recheck = Re-check result
proc-key-recheck_time = Re-check time
proc-key-complaint_ignored = Complaint not re-checked
proc-key-consulted = Opinion of the higher level
proc-key-decided_by = Who decides recognition
proc-key-lists = Final lists
proc-key-class = Class recognised
proc-key-deadline = Decision deadline
proc-key-refusal = Written answer
