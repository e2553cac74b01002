# The exam results.
exam-summary-title = Exam results
exam-summary-score = { $points }/{ $max } points
exam-summary-open = See the explanation: { $title }
exam-summary-total = Total: { $points }/{ $max } points
