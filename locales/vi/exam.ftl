# Bảng kết quả bài kiểm tra.
exam-summary-title = Kết quả bài kiểm tra
exam-summary-score = { $points }/{ $max } điểm
exam-summary-open = Xem giải thích: { $title }
exam-summary-total = Tổng: { $points }/{ $max } điểm
