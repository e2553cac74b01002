# Thư viện tình huống.
library-title = Thư viện tình huống — { $standard }
library-search = Tìm:
library-search-hint = ví dụ: hộ nghèo, Mông, người phụ thuộc
library-all = Tất cả
library-region = Vùng:
library-difficulty = Mức độ:
library-difficulty-value = Mức { $level }
library-count = { $count } tình huống
library-start-exam = Bắt đầu bài kiểm tra ({ $count } tình huống)
library-status-new = chưa làm
library-status-done = đã làm: { $percent }%
library-status-submitted = đã nộp
library-meta = { $region } · Mức { $level } · { $tags } · { $status }
